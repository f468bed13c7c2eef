// Type annotations on variable declarations: var/let/const, definite assignment,
// destructuring patterns with annotations, for-of/for-in heads, multiple declarators.

var a: number = 1, b: string = "two", c: boolean | undefined;
let d: Array<number> = [1, 2, 3];
const e: { x: number; y?: string } = { x: 4 };
let f: (n: number) => number = (n) => n * 2;
let g: number[][] = [[1], [2, 3]];
let h: readonly string[] = ["r", "o"];
let i: Record<string, number> = { k: 1 };
let j: [first: string, second?: number] = ["j"];
let k: typeof a = a + 10;
let l: string | number | null = null;
let m: unknown = "unknown";
let n: any = { any: true };
let o: never[] = [];
let p: object = { p: 1 };
let q: {} = 5;
let r: symbol = Symbol.for("r");
let s: bigint = 10n;
let t: void = undefined;
let u: undefined = undefined;
let v: null = null;

console.log(a, b, c, d, e, f(21), g, h, i, j, k, l, m, n, o, p, q, typeof r, String(s), t, u, v);

// Definite assignment assertion: no emitted initializer.
let late!: number;
function initLate() { late = 42; }
initLate();
console.log("late", late);

var lateVar!: string;
console.log("lateVar before", typeof lateVar);
lateVar = "set";
console.log("lateVar after", lateVar);

// Destructuring with annotations on the whole pattern.
const { x: ex, y: why = "default" }: { x: number; y?: string } = e;
console.log("object pattern", ex, why);
const [first, , third = 30, ...rest]: number[] = [1, 2, undefined as unknown as number, 4, 5];
console.log("array pattern", first, third, rest);
const { nested: { deep: [dv] } }: { nested: { deep: [string] } } = { nested: { deep: ["deep"] } };
console.log("nested pattern", dv);
let { ...others }: { [k: string]: number } = { o1: 1, o2: 2 };
console.log("object rest", others);

// for-of / for-in / for heads (annotations are not allowed there, but types in initializers are)
for (const [key, value] of Object.entries({ one: 1, two: 2 }) as [string, number][]) {
    console.log("entry", key, value);
}
for (let idx: number = 0, end: number = 2; idx < end; idx++) {
    console.log("for", idx);
}
for (const key in { p1: 0, p2: 0 } as Record<"p1" | "p2", number>) {
    console.log("for-in", key);
}

// Declarations with type annotations and no initializer
let noInit: number;
noInit = 7;
let noInit2: string, withInit: number = 3;
noInit2 = "x";
console.log("no init", noInit, noInit2, withInit);

// Arrow functions with complex annotated bindings
const fn: <T>(xs: T[]) => T | undefined = (xs) => xs[0];
console.log("generic annotated arrow", fn(["first"]), fn([]));

// A variable whose type mentions a declaration name that also exists as a value
const Point = { origin: 0 };
type Point = { px: number };
const pt: Point = { px: Point.origin };
console.log("type and value namespace", pt, Point);
