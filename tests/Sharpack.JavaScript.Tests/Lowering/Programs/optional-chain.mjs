// Optional chains: members, calls keeping `this`, computed keys evaluated once, delete, nesting.
const log = (...args) => console.log(JSON.stringify(args));
let count = 0;
const counter = { get obj() { count++; return this; }, value: 7, method() { return this.value; }, nested: { deep: { fn() { return this === counter.nested.deep; } } } };
const none = null;
log(none?.a, none?.a.b.c, none?.[count++], count);
log(counter?.value, counter.obj?.value, count);
log(counter?.method(), counter.method?.(), counter.missing?.(), counter.obj.method?.(), count);
log(counter.nested?.deep.fn(), counter.nested.deep?.fn?.(), (counter?.nested).deep.fn());
const keys = ["value"];
let i = 0;
log(counter?.[keys[i++]], i);
log(delete none?.x, delete counter?.temp, "temp" in counter);
counter.temp = 1;
log(delete counter?.temp, "temp" in counter);
const f = (o) => o?.a?.b ?? "fallback";
log(f(null), f({ a: { b: 0 } }), f({ a: null }));
function withArguments() { return arguments?.[0]?.length; }
log(withArguments("abc"), withArguments());
const arr = [1, 2, 3];
log(arr?.map((x) => x * 2)?.filter?.((x) => x > 2).length);
log(`${none?.x}-${counter?.value}`);
if (none?.x === undefined) log("if-test");
for (let k = 0; counter?.value > k && k < 2; k++) log("loop", k);
const tag = { fn(strings) { return strings.raw.join("|") + (this === tag); } };
log(tag.fn?.call(tag, { raw: ["a", "b"] }));
class Base { greet() { return "base:" + this.name; } }
class Derived extends Base { constructor() { super(); this.name = "d"; } greet() { return super.greet?.() + "/" + super.missing?.(); } }
log(new Derived().greet());
async function later(o) { return (await o)?.x?.y; }
later(Promise.resolve({ x: { y: "async" } })).then((v) => log(v));
function* gen(o) { yield o?.[yield 1]; }
const it = gen({ k: "gen" }); it.next(); log(it.next("k").value);
