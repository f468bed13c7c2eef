// Angle-bracket type assertions `<T>expr` (only legal in .ts files): precedence relative to
// member access, calls, unary/binary operators, `await`, `typeof`, arrow bodies and nesting.

const n: unknown = 4;
const a = <number>n + 1;
const b = <number>n * <number>n;
const c = <string>(<unknown>"str");
const d = <any>{ x: 1 }.x;
const e = (<any>{ x: 1 }).x;
const f = <number[]>[1, 2, 3];
const g = <const>["x", "y"];
const h = <readonly number[]>(<unknown>[7]);
console.log(a, b, c, d, e, f, g, h);

// Member access binds tighter than the assertion: <T>x.y is <T>(x.y)
const obj = { inner: { v: "inner" }, fn: (s: string) => s + "!" };
console.log("member", (<{ v: string }>obj.inner).v, <string>obj.inner.v);
console.log("call", (<(s: string) => string>obj.fn)("called"), <string>obj.fn("direct"));

// Unary operators and assertions
const neg = -<number>n;
const not = !<boolean>(<unknown>false);
const tof = typeof <any>n;
const vd = void <any>0;
const pre = ++(<any>obj).counter || "NaN-is-falsy";
console.log("unary", neg, not, tof, vd, pre);

// Generic assertions, function-typed assertions, nested angle brackets
const m = <Map<string, Array<number>>>new Map([["k", [1]]]);
const fnT = < <T>(x: T) => T>((x: unknown) => x); // `<<` would lex as a shift
console.log("nested", m.get("k"), fnT("generic fn"));

// In arrow bodies, conditionals, arguments, returns, templates and `await`
const arrow = (x: unknown) => <number>x * 2;
const cond = (x: unknown) => (<boolean>x ? <string>"yes" : <string>"no");
function ret(x: unknown): string { return <string>x; }
console.log("contexts", arrow(21), cond(true), cond(false), ret("returned"), `${<number>n}`);
(async () => {
    const awaited = <number>await Promise.resolve(<unknown>5);
    const awaitedCast = await <Promise<string>>Promise.resolve("promise cast");
    console.log("await", awaited, awaitedCast);
})();

// As assignment targets
let t: unknown = 0;
(<number>t) = 10;
(<number>t) += 1;
const holder: { p?: unknown } = {};
(<any>holder).q = "q";
(<number>holder.p) = 2;
console.log("targets", t, holder);

// Comparison vs assertion: `x < y` followed by a `>` later in the expression is a comparison
const x = 1, y = 2, z = 0;
const compare = x < y && y > z;
console.log("comparison", compare);
