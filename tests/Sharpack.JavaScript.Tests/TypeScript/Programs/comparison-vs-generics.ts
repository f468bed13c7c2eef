// Relational operators that look like type-argument lists. TypeScript reads `f<A, B>(x)` as a
// generic call (even inside an argument list), but `a < b > c` as two comparisons.

const a = 1, b = 2, c = 3, d = 4, e = 5;
type b = number; // `b` and `c` also name types, so the generic readings below type-check too
type c = string;
function f(...args: unknown[]): string { return `f(${args.map((x) => JSON.stringify(x)).join(", ")})`; }
function g<T = unknown, U = unknown>(x?: unknown): string { return `g(${JSON.stringify(x)})`; }

console.log("c1", a < b > c as unknown);
console.log("c2", f(a < b, c > d));
// `g < b, c > (d)` followed by `(`: a generic call g<b, c>(d)
console.log("c3", f(g < b, c > (d)));
console.log("c4", a < b >= c as unknown);
console.log("c5", (a < b) as unknown as number >> c, a < b >> c);
console.log("c6", a < b >>> c);
console.log("c7", (a < b) > -c, a < b > -c);
console.log("c8", a < b > +c);
console.log("c9", (a < b) > c);
console.log("c10", g<b>(c));
console.log("c11", a < b
    > c);
console.log("c12", g < b > `tagged?`);
console.log("c13", a < (b) > c);
console.log("c14", a < b || b > c);
console.log("c15", f(a < b, c >= d));
console.log("c16", a < b > c > d);
console.log("c17", f(a < b, c > d, e));
console.log("c18", [a < b, c > d]);
console.log("c19", { k: a < b, l: c > d });
console.log("c20", typeof (g<b>));
console.log("c21", a < b > !c);
console.log("c22", g<b, c>(d));
console.log("c23", f(a < b, c > d ? "yes" : "no"));
console.log("c24", f(a < b && c > d));

// A line break after `>` favours the type-argument reading: `g < b >` is an instantiation
// expression, and the following line is a separate statement.
const c25 = g < b >
    c;
console.log("c25", typeof c25);

// Generic-looking comparisons with member expressions and calls
const o = { a: 1, b: 2, m(x: number) { return x; } };
console.log("c26", o.a < o.b, o.m(a) < o.m(b), (o.a < o.b) > (o.a as unknown as boolean));
// ...but `o.m < T > (x)` with a `(` after `>` is a generic method call again
console.log("c26b", o.m < b > (7));
console.log("c27", f(o.a < o.b, o.b > o.a));
