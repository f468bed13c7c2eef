// Generic type parameters with constraints, defaults, const modifiers and in/out variance
// annotations on functions, classes, interfaces, type aliases and methods.

interface Box<T = string> {
    value: T;
}
type Pair<A, B = A> = [A, B];

function box<T extends object | string = string>(value: T): Box<T> {
    return { value };
}
console.log("box", box("s"), box({ n: 1 }), box<string[]>(["a"]));

function longest<T extends { length: number }>(a: T, b: T): T {
    return a.length >= b.length ? a : b;
}
console.log("constraint", longest("abc", "de"), longest([1, 2], [1, 2, 3]));

function getProp<T, K extends keyof T>(obj: T, key: K): T[K] {
    return obj[key];
}
console.log("keyof constraint", getProp({ a: 1, b: "two" }, "b"));

function constParam<const T extends readonly unknown[]>(xs: T): T {
    return xs;
}
console.log("const type param", constParam(["x", 1, true] as const));

interface Producer<out T> { produce(): T }
interface Consumer<in T> { consume(value: T): void }
interface Both<in out T> { map(f: (x: T) => T): T }
const producer: Producer<number> = { produce: () => 5 };
const consumer: Consumer<string> = { consume: (v) => console.log("consumed", v) };
const both: Both<number> = { map: (f) => f(20) };
consumer.consume("x");
console.log("variance", producer.produce(), both.map((x) => x + 1));

class Container<T, U extends T[] = T[], V = Map<T, U>> {
    items: U;
    constructor(items: U) {
        this.items = items;
    }
    map<R extends string | number = string>(f: (x: T) => R): Container<R> {
        return new Container<R>(this.items.map(f));
    }
    static of<S>(...xs: S[]): Container<S> {
        return new Container<S>(xs);
    }
}
const cont = Container.of<number>(1, 2, 3).map<string>((n) => "#" + n);
console.log("generic class", cont.items, cont instanceof Container);

type Tree<T> = { value: T; children?: Tree<T>[] };
const tree: Tree<number> = { value: 1, children: [{ value: 2 }, { value: 3, children: [{ value: 4 }] }] };
function sum<T extends number>(t: Tree<T>): number {
    return t.value + (t.children ?? []).reduce((s, c) => s + sum(c), 0);
}
console.log("recursive generic", sum(tree));

const pair: Pair<number> = [1, 2];
const pair2: Pair<string, boolean> = ["s", false];
console.log("alias defaults", pair, pair2);

// Generic arrow with constraint and default, and generic function type annotations
const identity: <T = unknown>(x: T) => T = <T,>(x: T) => x;
const firstKey = <T extends Record<string, unknown>>(o: T): keyof T | undefined => Object.keys(o)[0];
console.log("generic arrows", identity(3), firstKey({ z: 1, y: 2 }), firstKey({}));

// Generic with a constraint that references another parameter, and nested generic args with >>
function merge<A extends object, B extends Partial<A>>(a: A, b: B): A & B {
    return { ...a, ...b };
}
const nested: Array<Array<Map<string, Set<number>>>> = [[new Map([["k", new Set([1, 2])]])]];
console.log("merge", merge({ a: 1, b: 2 }, { b: 3 }), nested[0][0].get("k")?.size);
let shifted = 16 >> 2 >>> 1;
const shiftedType: Array<Array<number>>= [[shifted]];
console.log("shift vs closing angles", shifted, shiftedType);
