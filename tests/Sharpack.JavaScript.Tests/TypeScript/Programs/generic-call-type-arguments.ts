// Explicit type arguments on calls, `new`, tagged templates, optional calls, method calls,
// `super` calls and JSX-free generics — the type arguments must vanish, the call must remain.

function id<T>(x: T): T { return x; }
function pair<A, B = A>(a: A, b: B): [A, B] { return [a, b]; }
function tag<T>(strings: TemplateStringsArray, ...values: T[]): string {
    return strings.join("|") + ":" + values.join(",");
}

console.log("calls", id<number>(1), id<string | number>("s"), pair<number, string>(1, "b"), pair<boolean>(true, false));
console.log("nested type args", id<Array<Map<string, Set<number>>>>([new Map()]).length);
console.log("tagged", tag<number>`a${1}b${2}c`, tag<string>`no subs`);

class Box<T> {
    constructor(public value?: T) {}
    map<U>(f: (v: T) => U): Box<U> { return new Box<U>(f(this.value as T)); }
    static create<S>(v: S): Box<S> { return new Box<S>(v); }
}
const b1 = new Box<number>(5);
const b2 = new Box<string>;
const b3 = new Box<string>();
const b4 = Box.create<boolean>(true).map<string>((v) => `mapped ${v}`);
console.log("new", b1.value, b2.value, b3.value, b4.value, b2 instanceof Box);

// Optional calls with type arguments
const maybeFn: (<T>(x: T) => T) | undefined = id;
const noFn: (<T>(x: T) => T) | undefined = undefined;
const objWithMethod: { m?<T>(x: T): T } | null = { m: id };
console.log("optional", maybeFn?.<number>(3), noFn?.<number>(3), objWithMethod?.m?.<string>("method"));

// super method calls with type arguments
class Base {
    make<T>(x: T): T[] { return [x]; }
}
class Derived extends Base {
    override make<T>(x: T): T[] { return super.make<T>(x).concat(super.make<T>(x)); }
}
console.log("super", new Derived().make<number>(8));

// Type arguments on calls in chains, arguments and element-access callees
const fns = { id };
const arr = [id];
console.log("chains", fns.id<string>("prop").toUpperCase(), arr[0]<number>(9), [1, 2].map<string>((n) => "n" + n));
console.log("promise", typeof Promise.resolve<number>(1).then<string>(String));
Promise.all<[Promise<number>, Promise<string>]>([Promise.resolve(1), Promise.resolve("x")]).then((v) => console.log("all", v));

// A call with type args followed by a line break and a parenthesized expression (ASI!)
const r = id<number>
(10);
console.log("line break before (", r);

// `new` with type arguments and member-expression callee
const ns = { Box };
const inner = new ns.Box<number>(12);
console.log("member new", inner.value, new (class<T> { v = 1 as unknown as T; })<number>().v);

// Type arguments in `extends` clauses: a generic base class, a built-in, and a call with type
// arguments that returns a class (mixin factory)
class Counted<T> extends Map<T, number> {
    bump(key: T): this { return this.set(key, (this.get(key) ?? 0) + 1); }
}
function Tagged<TBase extends new (...args: any[]) => object>(B: TBase, tag: string) {
    return class extends B { tag = tag; };
}
class TaggedBox extends Tagged<typeof Box>(Box, "tagged")<number> implements Iterable<number> {
    *[Symbol.iterator]() { yield 1; }
}
const counted = new Counted<string>().bump("a").bump("a").bump("b");
const tb = new TaggedBox(3);
console.log("extends with type args", [...counted], tb.tag, tb.value, [...tb], tb instanceof Box);
