// Interfaces: declaration merging, extends lists, call/construct/index signatures, generic
// interfaces, interfaces with the same name as a value, and `export interface` in a module.

export {};

interface User {
    id: number;
    name: string;
}
interface User {
    email?: string;
    greet(this: User): string;
}
interface Admin extends User, Record<"role", "admin"> {
    permissions: readonly string[];
}

const admin: Admin = {
    id: 1,
    name: "root",
    role: "admin",
    permissions: ["all"],
    greet() { return `hello ${this.name}`; },
};
console.log("merged interface", admin.greet(), Object.keys(admin));

// An interface and a const with the same name: only the const is emitted.
interface Counter { count: number; increment(): void }
const Counter = {
    create(): Counter {
        return { count: 0, increment() { this.count++; } };
    },
};
const c = Counter.create();
c.increment();
c.increment();
console.log("interface + value", c.count, typeof Counter.create);

// An interface merged with a class (adds instance members to the class type).
class Widget { constructor(public label: string) {} }
interface Widget { extra?: number; describe?(): string }
const w = new Widget("w");
w.extra = 5;
console.log("class + interface", w, "describe" in w);

// Generic interfaces with defaults, index and call signatures, and method signatures
interface Dict<V = string> {
    [key: string]: V;
}
interface Fn<T> {
    (arg: T): T;
    displayName?: string;
}
export interface Exported<T extends object = {}> {
    readonly data: T;
    method?<U>(u: U): [T, U];
}
const dict: Dict<number> = { a: 1, b: 2 };
const fn: Fn<number> = (n) => n * n;
fn.displayName = "square";
const ex: Exported<{ z: number }> = { data: { z: 26 } };
console.log("generic interfaces", dict, fn(9), fn.displayName, ex.data, ex.method);

// An interface declared after use, inside a block and inside a function
{
    interface Local { v: number }
    const local: Local = { v: 1 };
    console.log("block interface", local.v);
}
function usesLater(): Later { return { ok: true }; }
interface Later { ok: boolean }
console.log("interface declared later", usesLater());

// Global augmentation-style merging with a built-in interface (type only)
interface Array<T> { __neverDefinedAtRuntime?: T }
console.log("Array augmentation is type-only", "__neverDefinedAtRuntime" in []);

// Identifiers named `interface` and `type` used as values
const interfaceObj = { interface: 1, type: 2 };
let type = "t";
type = interfaceObj.interface + type;
console.log("contextual keywords", interfaceObj.type, type);
