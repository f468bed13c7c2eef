// Instantiation expressions (`f<T>` without a call): assigned, passed, exported, with classes,
// followed by line breaks and operators. They compile to the bare expression.

function make<T>(value: T): { value: T } { return { value }; }
const makeString = make<string>;
const makeNumber = make<number>;
console.log("instantiated", makeString("s"), makeNumber(1), makeString === make, makeString.name);

const MapOfNumbers = Map<string, number>;
const m = new MapOfNumbers([["a", 1]]);
console.log("class instantiation", m.get("a"), MapOfNumbers === Map);

class Container<T> {
    constructor(public item: T) {}
    static describe<U>(u: U): string { return `describe ${u}`; }
}
const StringContainer = Container<string>;
console.log("user class", new StringContainer("x").item, Container.describe<number>);
const describeNum = Container.describe<number>;
console.log("static method instantiation", describeNum(5));

// Instantiation expressions followed by a binary operator or line break
const eq = make<number> === make;
const orElse = make<string> || null;
console.log("binary", eq, typeof orElse);
const withNewline = make<boolean>
console.log("after newline", typeof withNewline);

// In arrays, objects, arguments, conditionals and as callbacks
const list = [make<number>, make<string>];
const o = { factory: make<Date> };
const picked = list.length > 1 ? make<1> : make<2>;
console.log("positions", list.length, typeof o.factory, picked(1));
console.log("callback", ["a", "b"].map(make<string>));

// Instantiation expression on a property access chain
const api = { util: { wrap<T>(x: T) { return [x]; } } };
const wrapNumber = api.util.wrap<number>;
console.log("member chain", wrapNumber(3));

// Instantiation expression in parentheses, then called
console.log("parenthesized then called", (make<string>)("p"));
