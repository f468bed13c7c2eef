// Tuple types: named members, optional members, rest elements (leading, middle, trailing),
// readonly tuples, variadic generics, tuples in parameters and return types.

type Point3 = [x: number, y: number, z?: number];
type Args = [name: string, ...rest: number[]];
type Leading = [...prefix: string[], last: number];
type Middle = [first: boolean, ...mid: string[], end: number];
type RO = readonly [a: string, b?: string];
type Unnamed = [string, number?, ...boolean[]];

const p2: Point3 = [1, 2];
const p3: Point3 = [1, 2, 3];
const args: Args = ["n", 1, 2, 3];
const lead: Leading = ["a", "b", 9];
const mid: Middle = [true, "x", "y", 0];
const ro: RO = ["only"];
const un: Unnamed = ["s", 1, true, false];
console.log(p2, p2.length, p3, args, lead, mid, ro, un);

function dist([x, y, z = 0]: Point3): number {
    return Math.sqrt(x * x + y * y + z * z);
}
console.log("dist", dist([3, 4]), dist([1, 2, 2]));

function variadic<T extends unknown[], U extends unknown[]>(a: [...T], b: [...U]): [...T, ...U] {
    return [...a, ...b];
}
console.log("variadic", variadic([1, "a"], [true]));

function restTuple(...args: [string, number, boolean?]): string {
    return args.map(String).join("/") + " len=" + args.length;
}
console.log("rest tuple", restTuple("s", 1), restTuple("s", 2, true), restTuple.length);

function ret(): [ok: true, value: string] | [ok: false, error: Error] {
    return [true, "value"];
}
const [ok, value] = ret();
console.log("labeled return", ok, value);

type Head<T extends readonly unknown[]> = T extends readonly [infer H, ...unknown[]] ? H : never;
type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer R] ? R : [];
const h: Head<[1, 2, 3]> = 1;
const t: Tail<[1, 2, 3]> = [2, 3];
console.log("head/tail", h, t);

const asConstTuple = [1, "two", [3]] as const;
const copy: readonly [1, "two", readonly [3]] = asConstTuple;
console.log("as const tuple", copy, Object.isFrozen(copy));

// Tuples of functions and optional function members
const handlers: [(n: number) => number, ((s: string) => string)?] = [(n) => n + 1];
console.log("tuple of functions", handlers[0](1), handlers[1], handlers.length);

// Spread of tuple into call
function three(a: number, b: string, c: boolean): string { return `${a}${b}${c}`; }
const targs: [number, string, boolean] = [1, "b", false];
console.log("spread call", three(...targs));
