// Generic arrow functions in a .ts file: `<T>(x: T) => x`, trailing comma, constraints,
// defaults, `const` type parameters, async generic arrows, generic arrows as arguments,
// object members, class fields, default parameter values and immediately invoked.

const id = <T>(x: T) => x;
const idComma = <T,>(x: T): T => x;
const constrained = <T extends { length: number }>(x: T): number => x.length;
const withDefault = <T = string>(x?: T): T | "none" => x ?? "none";
const twoParams = <A, B extends A[] = A[]>(a: A, bs: B): [A, number] => [a, bs.length];
const constParam = <const T extends readonly string[]>(xs: T): T => xs;
const noParams = <T>() => [] as T[];
const rest = <T>(...xs: T[]): T[] => xs.reverse();
const destructure = <T>({ value }: { value: T }, [first]: T[] = []): [T, T | undefined] => [value, first];
const returnsObject = <T>(x: T) => ({ wrapped: x });
const curried = <A>(a: A) => <B>(b: B) => [a, b] as const;

console.log("basic", id(1), idComma("comma"), constrained("four"), withDefault(), withDefault(0));
console.log("params", twoParams("a", ["b", "c"]), constParam(["x", "y"]), noParams<number>(), rest(1, 2, 3));
console.log("patterns", destructure({ value: "v" }), destructure({ value: 1 }, [2]), returnsObject(true), curried(1)("b"));
console.log("lengths", id.length, rest.length, destructure.length, withDefault.length);

// Async generic arrows
const asyncId = async <T>(x: T): Promise<T> => x;
const asyncComma = async <T,>(x: T) => [x, await Promise.resolve(x)];
const asyncConstrained = async <T extends number>(x: T): Promise<number> => { await null; return x * 2; };
Promise.all([asyncId("async"), asyncComma(2), asyncConstrained(21)]).then((r) => console.log("async", r));

// `async` as an identifier called with type arguments vs an async generic arrow
const asyncFn = <T>(x: T) => `async called with ${x}`;
{
    const async = asyncFn;
    console.log("async identifier", async<number>(5));
}

// Generic arrows as arguments, object members, class fields, defaults, IIFE
const mapped = [1, 2].map(<T,>(x: T) => [x]);
const obj = {
    method: <T>(x: T): T[] => [x, x],
    async am<T>(x: T) { return x; },
};
class Holder {
    field = <T>(x: T): string => typeof x;
    static sfield = async <T>(x: T) => x;
}
function withDefaultFn(fn: <T>(x: T) => T = <T>(x: T) => x): unknown { return fn("default fn"); }
const iife = (<T>(x: T) => ({ iife: x }))(42);
console.log("positions", mapped, obj.method("m"), new Holder().field(1n), withDefaultFn(), iife);
obj.am("obj async").then((v) => console.log(v));
Holder.sfield("static async").then((v) => console.log(v));

// Generic arrow in conditional and logical expressions
const pick = Math.PI > 3 ? <T>(x: T) => [x] : <T>(x: T) => x;
const fallback = null ?? (<T>(x: T): T => x);
console.log("in expressions", pick("p"), fallback("f"));

// Non-generic comparisons that must not become arrows
const t = 1, u = 2;
const lt = t < u;
const notArrow = (t < u) === true ? "lt" : "ge";
console.log("comparisons", lt, notArrow);
