// keyof / typeof / `keyof typeof obj` lookups, `unique symbol` declarations, symbol-keyed
// members, and the value-level `typeof` operator next to the type-level query.

const colors = { red: "#f00", green: "#0f0", blue: "#00f" } as const;
type ColorName = keyof typeof colors;
type ColorValue = (typeof colors)[ColorName];

function hex(name: ColorName): ColorValue {
    return colors[name];
}
const names = Object.keys(colors) as ColorName[];
console.log("keyof typeof", names.map(hex));

const sym: unique symbol = Symbol("sym");
const other: unique symbol = Symbol.for("other");
declare const declaredSym: unique symbol; // type only, never referenced at runtime

interface HasSym {
    [sym]: number;
    [other]?: string;
    readonly plain: string;
}
const withSym: HasSym = { [sym]: 1, plain: "p" };
console.log("unique symbol keys", withSym[sym], withSym[other], Object.getOwnPropertySymbols(withSym).map(String));

const holderKey: unique symbol = Symbol("holderKey");
class Holder {
    static readonly key: typeof holderKey = holderKey;
    [holderKey]: string = "symbol-keyed field";
    [sym](): string { return "symbol method"; }
}
const holder = new Holder();
console.log("class symbol members", holder[Holder.key], holder[sym]());

// Value typeof next to type typeof
let value = "str" as string | number;
type ValueType = typeof value;
const copy: ValueType = 5;
console.log("typeof operator", typeof value, typeof copy, typeof typeof value);

function tf(x: typeof value): typeof x { return x; }
console.log("typeof in param", tf(10));

// keyof with index signatures and numeric keys
const table: { [k: number]: string; 0: "zero" } = { 0: "zero", 1: "one" };
const k: keyof typeof table = 1;
console.log("numeric keys", table[k], Object.keys(table));

// typeof on a function, a class and a nested property path
function factory(n: number) { return { n, label: `#${n}` }; }
type Made = ReturnType<typeof factory>;
const made: Made = factory(3);
const ctor: typeof Holder = Holder;
const lbl: (typeof made)["label"] = made.label;
console.log("typeof function/class", made, ctor.name, lbl);

// `typeof import(...)` is not used; `typeof globalThis` is fine
const g: typeof globalThis = globalThis;
console.log("globalThis", typeof g.setTimeout);
