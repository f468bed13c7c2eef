// `static { }` blocks with typed code inside, their ordering relative to static fields,
// generic methods (instance, static, async, generator, accessor-adjacent), and
// generic classes with static members.

const log: string[] = [];

class Registry<T extends string = string> {
    static before = (log.push("static field before"), "before");
    static entries: Map<string, number>;
    static {
        const initial: [string, number][] = [["a", 1], ["b", 2]];
        Registry.entries = new Map<string, number>(initial);
        log.push(`static block 1 sees before=${this.before}`);
    }
    static after = (log.push("static field after"), Registry.entries.size);
    static {
        let total: number = 0;
        for (const [, v] of Registry.entries) total += v;
        log.push(`static block 2 total=${total} after=${Registry.after}`);
    }

    items: T[] = [];
    add<U extends T>(item: U): this {
        this.items.push(item);
        return this;
    }
    map<R>(f: (item: T, index: number) => R): R[] {
        return this.items.map(f);
    }
    static from<S extends string>(...xs: S[]): Registry<S> {
        const r = new Registry<S>();
        xs.forEach((x) => r.add(x));
        return r;
    }
    async first<D = undefined>(fallback?: D): Promise<T | D | undefined> {
        return this.items[0] ?? fallback;
    }
    *pairs<K extends number>(start: K): Generator<[number, T]> {
        let i: number = start;
        for (const item of this.items) yield [i++, item];
    }
    static async *stream<V>(values: V[]): AsyncGenerator<V> {
        for (const v of values) yield v;
    }
}

console.log(log.join("\n"));
const reg = Registry.from<"x" | "y">("x", "y").add<"x">("x");
console.log("generic methods", reg.items, reg.map<string>((s, i) => s + i), [...reg.pairs(10)]);
reg.first<string>("none").then((v) => console.log("async generic", v));
new Registry().first("fallback").then((v) => console.log("async default", v));
(async () => {
    const out: number[] = [];
    for await (const v of Registry.stream<number>([1, 2, 3])) out.push(v);
    console.log("async generator", out);
})();

// static blocks with `this`, `var` scoping and early try/catch
class Config {
    static values: Record<string, string> = {};
    static {
        var scoped: string = "block-scoped var";
        try {
            this.values.parsed = JSON.parse('"json"') as string;
            JSON.parse("{bad");
        } catch (e: unknown) {
            this.values.error = (e as Error).name;
        }
        this.values.scoped = scoped;
    }
}
console.log("static block this", Config.values, typeof (globalThis as any).scoped);

// Generic methods on object literals and classes with overloads of generic arity
const util = {
    wrap<T>(x: T): { x: T } { return { x }; },
    pair<A, B = A>(a: A, b: B): [A, B] { return [a, b]; },
};
console.log("object generic methods", util.wrap<number>(1), util.pair("a", 1));

// Class expression with a static block
const Expr = class Named {
    static id: number;
    static { Named.id = 7; }
};
console.log("class expression static block", Expr.id, Expr.name);
