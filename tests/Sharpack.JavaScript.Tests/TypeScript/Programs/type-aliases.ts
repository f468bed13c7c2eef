// Type aliases of every shape, interleaved with code. `type` is a contextual keyword and can
// also be an identifier; a type alias declaration ends without an emitted statement.

type Num = number;
type Str = string;
type Obj = { a: Num; b: Str };
type Fn = (x: Num) => Str;
type Gen<T> = { value: T; map<U>(f: (v: T) => U): Gen<U> };
type Rec = Record<string, unknown>;
type Union = "x" | "y";
type Recursive = string | Recursive[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function gen<T>(value: T): Gen<T> {
    return { value, map: (f) => gen(f(value)) };
}
const o: Obj = { a: 1, b: "b" };
const f: Fn = (x) => x.toFixed(2);
const g = gen(2).map((n) => n * 10).map(String);
const rec: Rec = { any: [1] };
const u: Union = "y";
const r: Recursive = ["a", ["b", ["c"]]];
const json: Json = { list: [1, "two", null, { nested: true }] };
console.log(o, f(3), g.value, typeof g.value, rec, u, JSON.stringify(r), JSON.stringify(json));

// `type` as an identifier in various positions
let type: string = "value";
const obj = { type: "prop", typeOf: 1 };
function typeFn(type: number): number { return type + 1; }
type = type + "!";
console.log("identifier type", type, obj.type, typeFn(1));

// `type` followed by a newline: ASI makes `type` an expression statement
let declare = 0;
type
declare = 1;
console.log("type newline", type, declare);

// Type alias declared inside functions and blocks, after use
function local(): LocalT {
    type Inner = { inner: true };
    const i: Inner = { inner: true };
    return { wrapped: i };
}
type LocalT = { wrapped: { inner: true } };
console.log("local alias", local());

// Generic alias with defaults and constraint, used with explicit and default args
type Options<T extends string = "default", N extends number = 0> = { name: T; n: N };
const opt1: Options = { name: "default", n: 0 };
const opt2: Options<"custom", 5> = { name: "custom", n: 5 };
console.log("alias defaults", opt1, opt2);

// Exported alias in a module
export type Exported = { exported: boolean };
export type { Obj as ObjAlias };
const ex: Exported = { exported: true };
console.log("exported alias", ex);
