// Conditional types, `infer` (with constraints), mapped types with `as` clauses and +/- modifiers,
// indexed access types, and recursive conditional types — all in positions that must vanish.

type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type Awaited2<T> = T extends PromiseLike<infer U> ? Awaited2<U> : T;
type FirstString<T> = T extends [infer S extends string, ...unknown[]] ? S : "none";
type ReturnOf<F> = F extends (...args: any[]) => infer R ? R : never;
type Params<F> = F extends (...args: infer P) => any ? P : never;
type IsString<T> = [T] extends [string] ? true : false;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Frozen<T> = { +readonly [K in keyof T]+?: T[K] };
type Required2<T> = { [K in keyof T]-?: T[K] };
type Getters<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };
type OnlyStrings<T> = { [K in keyof T as T[K] extends string ? K : never]: T[K] };

interface Config { readonly host: string; port?: number; secure: boolean }

function makeGetters<T extends object>(obj: T): Getters<T> {
    const out: Record<string, () => unknown> = {};
    for (const key of Object.keys(obj) as (keyof T & string)[]) {
        out["get" + key[0].toUpperCase() + key.slice(1)] = () => obj[key];
    }
    return out as Getters<T>;
}
const cfg: Config = { host: "localhost", port: 8080, secure: false };
const getters = makeGetters(cfg);
console.log("getters", Object.keys(getters), getters.getHost(), getters.getPort(), getters.getSecure());

function onlyStrings<T extends object>(obj: T): OnlyStrings<T> {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => typeof v === "string")) as OnlyStrings<T>;
}
console.log("only strings", onlyStrings({ a: "x", b: 2, c: "y" }));

const mutable: Mutable<Config> = { ...cfg };
mutable.host = "example";
const frozen: Frozen<Config> = Object.freeze({ host: "h" });
const required: Required2<Config> = { host: "r", port: 1, secure: true };
console.log("mapped", mutable.host, Object.isFrozen(frozen), required);

function first<T extends readonly unknown[]>(xs: T): ElementOf<T> | undefined {
    return xs[0] as ElementOf<T> | undefined;
}
console.log("infer element", first([10, 20]), first([]));

async function unwrap<T>(p: T): Promise<Awaited2<T>> {
    return (await p) as Awaited2<T>;
}
unwrap(Promise.resolve(Promise.resolve("nested promise"))).then((v) => console.log("awaited", v));

function call<F extends (...args: any[]) => any>(f: F, ...args: Params<F>): ReturnOf<F> {
    return f(...args);
}
console.log("params/return", call((a: number, b: string) => b.repeat(a), 3, "ab"));

const fs: FirstString<["lead", 1]> = "lead";
const isStr: IsString<"x"> = true;
const notStr: IsString<1 | "x"> = false;
console.log("infer extends", fs, isStr, notStr);

// Indexed access and lookup types in annotations
type Port = Config["port"];
type Keys = keyof Config;
type ValueOf<T> = T[keyof T];
const port: Port = 3000;
const keys: Keys[] = ["host", "port", "secure"];
const vals: ValueOf<{ a: 1; b: "b" }>[] = [1, "b"];
console.log("indexed access", port, keys, vals);

// Distributive conditional types, never filtering
type NonNull<T> = T extends null | undefined ? never : T;
const nn: NonNull<string | null | undefined>[] = ["ok"];
console.log("distributive", nn);

// Recursive deep-partial with arrays
type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
const dp: DeepPartial<{ a: { b: number[]; c: string } }> = { a: { b: [1] } };
console.log("deep partial", JSON.stringify(dp));
