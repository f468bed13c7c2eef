// ES2016-ES2021 odds and ends: **, **=, numeric separators, optional catch bindings.
const log = (...args) => console.log(JSON.stringify(args, (k, v) => (typeof v === "bigint" ? v.toString() + "n" : v)));
let x = 3;
x **= 2;
const o = { p: 2, q: [3] };
o.p **= 3; o.q[0] **= 2;
let reads = 0;
const key = () => { reads++; return "p"; };
o[key()] **= 0.5;
log(2 ** 3 ** 2, (-2) ** 2, 2 ** -1, x, o, reads);
log(1_000_000, 0xFF_FF, 0b1010_1010, 0o7_7, 1_0.5_0, 1e1_0, 123_456n);
function risky(fail) { try { if (fail) throw new Error("x"); return "ok"; } catch { return "caught"; } finally { log("finally"); } }
log(risky(false), risky(true));
const _a = "user's _a", _b = "user's _b";
const temp = { v: { w: 1 } };
log(_a, _b, temp?.v?.w ?? 0);
