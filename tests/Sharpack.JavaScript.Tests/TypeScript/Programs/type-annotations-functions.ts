// Type annotations on functions: parameters, optional parameters, defaults, rest,
// destructured parameters, return types, generics, function expressions, methods, accessors.

function add(x: number, y: number): number {
    return x + y;
}
console.log("add", add(2, 3), add.length);

function optional(a: string, b?: string, c?: number): string {
    return `${a}|${b}|${c}`;
}
console.log("optional", optional("a"), optional("a", "b"), optional("a", "b", 3), optional.length);

function defaults(a: number = 1, b: string = "b" + a, c?: boolean): string {
    return `${a},${b},${c}`;
}
console.log("defaults", defaults(), defaults(5), defaults(undefined, "x", true), defaults.length);

function rest(head: string, ...tail: number[]): string {
    return head + ":" + tail.join("+");
}
console.log("rest", rest("h"), rest("h", 1, 2, 3), rest.length);

function destructured({ a, b = 2 }: { a: number; b?: number }, [c, d]: [number, number] = [3, 4]): number[] {
    return [a, b, c, d];
}
console.log("destructured", destructured({ a: 1 }), destructured({ a: 1, b: 5 }, [6, 7]), destructured.length);

function destructuredOptional({ v }: { v?: string } = {}): string {
    return `v=${v}`;
}
console.log("destructured optional", destructuredOptional(), destructuredOptional({ v: "x" }));

function returnsVoid(): void {
    console.log("returns void");
}
console.log("void result", returnsVoid());

function returnsNever(msg: string): never {
    throw new Error(msg);
}
try { returnsNever("boom"); } catch (e) { console.log("never threw", (e as Error).message); }

function generic<T, U extends T[] = T[]>(value: T, list?: U): [T, number] {
    return [value, list ? list.length : -1];
}
console.log("generic", generic(1), generic<string>("s", ["a", "b"]));

const expr = function named(this: void, n: number): string {
    return typeof named + n;
};
console.log("function expression", expr(1), expr.name);

const arrow = (a: number, b?: number, ...c: string[]): string => `${a}/${b}/${c.length}`;
console.log("arrow", arrow(1), arrow(1, 2, "x", "y"), arrow.length);

const arrowNoParens = async (x: number): Promise<number> => x * 3;
arrowNoParens(5).then((r: number) => console.log("async arrow", r));

const asyncFn = async function (x: string): Promise<string> {
    await null;
    return x.toUpperCase();
};
asyncFn("async fn").then((r) => console.log(r));

function* gen(limit: number): Generator<number, string, unknown> {
    for (let i = 0; i < limit; i++) yield i;
    return "done";
}
console.log("generator", [...gen(3)], gen(0).next());

async function* agen(): AsyncGenerator<number, void, undefined> {
    yield 1;
    yield 2;
}
(async () => {
    const out: number[] = [];
    for await (const v of agen()) out.push(v);
    console.log("async generator", out);
})();

const obj = {
    method(a: number): number { return a + 1; },
    get prop(): string { return "getter"; },
    set prop(value: string) { console.log("setter got", value); },
    async am(a: number): Promise<number> { return a; },
    *gm(): Iterable<string> { yield "g"; },
    ["computed" + 1](x: number): number { return x; },
    optionalParam(x?: number): string { return String(x); },
};
obj.prop = "assigned";
console.log("object methods", obj.method(1), obj.prop, [...obj.gm()], obj.computed1(9), obj.optionalParam());
obj.am(4).then((v) => console.log("object async method", v));

// Parameter named like a type keyword
function keywords(type: string, string: number, number: boolean, readonly: string, declare: number): string {
    return [type, string, number, readonly, declare].join(",");
}
console.log("keyword-named params", keywords("t", 1, true, "r", 2));

// Return type that is an arrow type (parenthesized)
function makeAdder(n: number): (m: number) => number {
    return (m) => m + n;
}
console.log("returns function", makeAdder(10)(5));

// Arrow with object return type
const toObj = (n: number): { n: number; doubled: number } => ({ n, doubled: n * 2 });
console.log("arrow object return", toObj(4));

// Arrow returning arrow, all annotated
const curry = (a: number): ((b: number) => (c: number) => number) => (b: number) => (c: number): number => a + b + c;
console.log("curried", curry(1)(2)(3));
