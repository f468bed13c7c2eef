// ES2022 classes: fields in order, static members with `this`, private fields, methods, accessors,
// brand checks, inheritance, super in moved code, class expressions.
const log = (...args) => console.log(JSON.stringify(args));
const order = [];
class Fields {
  a = order.push("a");
  ["computed" + 1] = order.push("computed");
  #secret = order.push("secret");
  b;
  static s = order.push("static") && this.name;
  static { order.push("block:" + this.s); }
  constructor(x) { order.push("ctor"); this.x = x; }
  get secret() { return this.#secret; }
}
const fields = new Fields(9);
log(order, Object.keys(fields), fields.secret, Fields.s, "b" in fields, fields.b);
class Counter {
  #count = 0;
  static #instances = 0;
  static #make() { return new Counter(); }
  static create() { Counter.#instances++; return this.#make(); }
  static get instances() { return Counter.#instances; }
  #step = 1;
  get #doubled() { return this.#count * 2; }
  set #doubled(v) { this.#count = v / 2; }
  increment() { this.#count += this.#step; this.#count++; ++this.#count; return this.#count; }
  swap(other) { [this.#count, other.#count] = [other.#count, this.#count]; return [this.#count, other.#count]; }
  double() { this.#doubled = this.#doubled * 2; return this.#doubled; }
  static isCounter(o) { return #count in o; }
  maybe(o) { return o?.#count; }
  call(o) { return o?.#helper?.(); }
  #helper() { return "helped:" + this.#count; }
  async #later() { return this.#count; }
  *#gen() { yield this.#count; yield this.#step; }
  run() { return [...this.#gen()]; }
  later() { return this.#later(); }
  nullish() { this.#step ??= 5; this.#step ||= 6; return this.#step; }
}
const c1 = Counter.create(), c2 = new Counter();
log(c1.increment(), c1.swap(c2), c1.double(), Counter.isCounter(c1), Counter.isCounter({}), Counter.instances);
log(c1.maybe(null), c1.maybe(c2), c1.call(c2), c1.call(null), c1.run(), c1.nullish());
c1.later().then((v) => log("later", v));
try { Counter.prototype.increment.call({}); } catch (e) { log(e instanceof TypeError); }
class Animal {
  static kind = "animal";
  static describe() { return "I am " + this.kind; }
  sound() { return "..."; }
}
class Dog extends Animal {
  static kind = "dog";
  static description = super.describe();
  static { this.fromBlock = super.describe() + "!"; }
  name = "rex";
  #bark() { return super.sound() + "woof:" + this.name; }
  constructor(suffix) { if (suffix) { super(); this.name += suffix; } else { super(); } }
  speak() { return this.#bark(); }
}
log(Dog.description, Dog.fromBlock, new Dog("y").speak(), new Dog().speak());
const Anonymous = class { static id = "anon"; #v = 1; value() { return this.#v; } };
log(Anonymous.name, Anonymous.id, new Anonymous().value());
const factory = () => class { x = 1; static y = 2; };
const Made = factory();
log(new Made().x, Made.y, Made.name);
class WithArrow { #v = 42; get = () => this.#v; static nested = class Inner { #v = "inner"; read() { return this.#v; } }; }
log(new WithArrow().get(), new WithArrow.nested().read());
class Accessors { #x = 1; static check(o) { try { return o.#x; } catch (e) { return e.constructor.name; } } }
log(Accessors.check(new Accessors()), Accessors.check({}));
export default class { static tag = log("default export named", this.name); }
const keyOrder = [];
class Keys { [(keyOrder.push("a"), "a")] = 1; [(keyOrder.push("m"), "m")]() { return "m"; } [(keyOrder.push("b"), "b")] = 2; static [(keyOrder.push("s"), "s")] = keyOrder.length; }
log(keyOrder, Object.keys(new Keys()), new Keys().m(), Keys.s);
// `super.x = v` in code moved out of the class (static blocks and initializers, private methods), without semicolons.
class SuperBase { static set v(x) { this._v = x } static get v() { return this._v ?? 0 } set w(x) { this._w = x } get w() { return this._w ?? 10 } }
let superKeys = 0
class SuperUser extends SuperBase {
  static { super.v = 5
    super.v += 1
    super["v"] **= 2 }
  static s = (super.v = 7)
  #m() { super.w = 3; super[["w"][superKeys++]] += 4; return this._w }
  run() { return this.#m() }
}
log(SuperUser._v, SuperUser.s, new SuperUser().run(), superKeys)
