// Where lowered code lands: arrow bodies, parameter defaults, statements without semicolons,
// named class expressions whose moved code names them, temporaries in nested functions.
const log = (...args) => console.log(JSON.stringify(args))
const Expr = class Named {
  static count = 0
  static make = () => { Named.count++; return new Named() }
  static { this.label = (function () { return Named.name })() }
  #id = Named.count
  id() { return this.#id }
}
log(Expr.make().id(), Expr.make().id(), Expr.label, Expr.name)
const wrap = (x) => ({ v: x?.y ?? "none", ...x })
log(wrap({ y: 1, z: 2 }), wrap(null))
function defaults(a, b = a?.x ?? "dflt", { c, ...d } = a ?? {}) { return [b, c, d] }
log(defaults({ x: 1, c: 2, e: 3 }), defaults(null))
let obj = { n: null }
const getObj = () => obj
getObj().n ??= "set"
getObj()?.n
log(obj)
class Fields { a = obj?.n ?? 0; b = (() => this.a ?? 1)(); static c = Fields?.name }
log(new Fields(), Fields.c)
function outer() {
  const inner = (o) => o?.p?.q
  function nested(o) { return o?.r ?? inner(o) }
  return [nested({ p: { q: 1 } }), nested({ r: 2 }), inner(null)]
}
log(outer())
label: for (const { k, ...more } of [{ k: 1, l: 2 }]) { if (k ?? 0) { log(k, more); continue label } }
const big = 2 ** 64
log(String(big), 10 ** -2, (2 ** 3) ** 2)
let counter = 0
const o2 = { get x() { counter++; return { y: 5 } } }
log(o2.x?.y, o2?.x.y, counter)
switch (obj?.n) { case "set": log("switch"); break }
const fnName = { ["computed" + "Key"]: class {} }.computedKey
log(fnName.name, { Method: class { static s = 1 } }.Method.name)
// Field initializers read the outer binding, not the constructor's parameter of the same name.
const shadowed = "outer";
class Shadowing {
  y = shadowed;
  z = () => shadowed + "!";
  constructor(shadowed, { w = shadowed } = {}) { this.got = [shadowed, w]; }
}
class DerivedShadowing extends Shadowing { k = shadowed; constructor(...shadowed) { super(shadowed[0]); this.count = shadowed.length; } }
const shadowing = new DerivedShadowing("p1", "p2");
log(shadowing.y, shadowing.z(), shadowing.got, shadowing.k, shadowing.count)
