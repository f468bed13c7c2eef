// Object spread and rest: own enumerable properties, symbols, getters, order, nested patterns.
const log = (...args) => console.log(JSON.stringify(args, (k, v) => (typeof v === "symbol" ? v.toString() : v)));
const sym = Symbol("s");
const source = { a: 1, b: 2, [sym]: 3 };
Object.defineProperty(source, "hidden", { value: 4, enumerable: false });
let getterCalls = 0;
const withGetter = { get g() { getterCalls++; return "got"; } };
const spread = { x: 0, ...source, ...null, ...undefined, ..."hi", ...withGetter, y: 5 };
log(spread, Object.keys(spread), spread[sym], getterCalls, Object.getOwnPropertyDescriptor(spread, "g").value);
const later = { ...source, get lazy() { return "lazy:" + this.a; } };
log(typeof Object.getOwnPropertyDescriptor(later, "lazy").get, later.lazy);
const override = { a: "first", ...{ a: "second" }, b: "x", ...{ b: "y" } };
log(override);
const { a, ...others } = source;
log(a, others, others[sym]);
const { [sym]: symbolValue, ...withoutSymbol } = source;
log(symbolValue, withoutSymbol, Object.getOwnPropertySymbols(withoutSymbol).length);
const key = "b";
const { [key]: bValue, ...withoutB } = source;
log(bValue, withoutB);
const { nested: { inner, ...innerRest }, ...outerRest } = { nested: { inner: 1, more: 2 }, top: 3 };
log(inner, innerRest, outerRest);
const [first, { deep, ...deepRest } = { deep: "default", extra: true }] = [1];
log(first, deep, deepRest);
function params({ p, ...ps }, { q = "qd", ...qs } = {}, ...tail) { return [p, ps, q, qs, tail]; }
log(params({ p: 1, r: 2 }), params({ p: 1 }, { q: 2, s: 3 }, 4, 5));
const arrow = ({ z, ...zs }) => [z, zs];
log(arrow({ z: 1, w: 2 }), arrow.length);
for (const { id, ...data } of [{ id: 1, v: "a" }, { id: 2, v: "b" }]) log(id, data);
for (const { length, ...chars } of ["ab"]) log(length, chars);
let assigned, restAssigned;
const result = ({ assigned, ...restAssigned } = { assigned: "A", other: "O" });
log(assigned, restAssigned, result.other);
try { throw { code: 1, message: "m" }; } catch ({ code, ...error }) { log(code, error); }
try { const { ...nothing } = null; } catch (e) { log(e instanceof TypeError); }
const numeric = { 1: "one", 2: "two", x: "x" };
const { 1: one, ...notOne } = numeric;
log(one, notOne);
