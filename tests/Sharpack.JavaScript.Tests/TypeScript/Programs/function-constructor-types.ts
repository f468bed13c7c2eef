// Function types, constructor types (`new`, `abstract new`), call/construct signatures in
// type literals, generic function types, `this` types and `this` in function types.

type Unary = (x: number) => number;
type Ctor<T> = new (...args: any[]) => T;
type AbstractCtor<T = object> = abstract new (...args: any[]) => T;
type Callable = { (x: string): string; prop: number };
type Constructible = { new (x: string): { x: string }; readonly description: string };
type GenericFn = <T>(x: T) => [T, T];
type WithThis = (this: { base: number }, n: number) => number;

const double: Unary = (x) => x * 2;
const dup: GenericFn = (x) => [x, x];
console.log("function types", double(4), dup("d"));

const callable: Callable = Object.assign((x: string) => x + "!", { prop: 7 });
console.log("call signature", callable("hi"), callable.prop);

class Thing {
    constructor(public x: string = "thing") {}
}
function make<T>(C: Ctor<T>, ...args: unknown[]): T {
    return new C(...args);
}
console.log("constructor type", make(Thing, "made"), make(Thing) instanceof Thing);

const K: Constructible = Object.assign(class { constructor(public x: string) {} }, { description: "constructible" });
console.log("construct signature", new K("k").x, K.description);

abstract class Animal {
    abstract sound(): string;
    speak(): string { return `${this.constructor.name} says ${this.sound()}`; }
}
function Mixin<TBase extends AbstractCtor<Animal>>(Base: TBase) {
    abstract class Loud extends Base {
        shout(): string { return this.speak().toUpperCase(); }
    }
    return Loud;
}
class Cow extends Mixin(Animal) {
    sound(): string { return "moo"; }
}
console.log("abstract new mixin", new Cow().shout(), Object.getPrototypeOf(Cow).name);

const withThis: WithThis = function (this: { base: number }, n: number): number {
    return this.base + n;
};
console.log("this in function type", withThis.call({ base: 10 }, 5), withThis.length);

// Fluent API with polymorphic `this` return type
class Builder {
    parts: string[] = [];
    add(p: string): this {
        this.parts.push(p);
        return this;
    }
    build(): string { return this.parts.join(" "); }
}
class FancyBuilder extends Builder {
    fancy(): this { return this.add("*fancy*"); }
}
console.log("this types", new FancyBuilder().add("a").fancy().add("b").build());

// Function type in union / array / optional positions needs parentheses
const list: ((s: string) => number)[] = [(s) => s.length, (s) => s.charCodeAt(0)];
const maybe: ((n: number) => void) | undefined = undefined;
const ctors: Array<new () => object> = [Object, Array, Map];
console.log("function type positions", list.map((f) => f("abc")), maybe, ctors.map((C) => new C().constructor.name));

// Overloaded call signatures in an interface
interface Overloaded {
    (x: number): number;
    (x: string): string;
}
const ov: Overloaded = ((x: number | string) => (typeof x === "number" ? x + 1 : x + "1")) as Overloaded;
console.log("overloaded signatures", ov(1), ov("1"));
