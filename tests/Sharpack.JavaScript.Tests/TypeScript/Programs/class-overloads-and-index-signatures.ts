// Class members that are types only: index signatures (instance and static), method overload
// signatures (instance, static, computed-name, constructor overloads) — only the
// implementations are emitted, and member order is kept.

class Bag {
    [key: string]: unknown;
    static [key: string]: unknown;
    readonly [index: number]: string;
    fixed = "fixed";

    constructor();
    constructor(init: Record<string, unknown>);
    constructor(init?: Record<string, unknown>) {
        if (init) Object.assign(this, init);
    }

    get(key: "fixed"): string;
    get(key: string): unknown;
    get(key: string): unknown {
        return this[key];
    }

    static make(): Bag;
    static make(init: Record<string, unknown>): Bag;
    static make(init?: Record<string, unknown>): Bag {
        return init ? new Bag(init) : new Bag();
    }

    ["computed"](x: number): number;
    ["computed"](x: string): string;
    ["computed"](x: any): any {
        return typeof x === "number" ? x * 2 : x + x;
    }

    overloaded(): string;
    overloaded(n: number): string;
    overloaded(n?: number): string { return `overloaded(${n})`; }
}

const bag = Bag.make({ dynamic: 1, 0: "zero" });
console.log("instance", Object.keys(bag), bag.get("fixed"), bag.get("dynamic"), bag[0]);
console.log("overloads", bag.computed(21), bag.computed("ab"), bag.overloaded(), bag.overloaded(1));
console.log("prototype", Object.getOwnPropertyNames(Bag.prototype));
console.log("static", Object.getOwnPropertyNames(Bag).filter((n) => n !== "length" && n !== "name" && n !== "prototype"));
console.log("ctor length", Bag.length, Bag.make.length);
Bag.extra = "static index signature allows this";
console.log(Bag.extra);

// Overloads with modifiers and generic overloads
class Parser {
    public parse(input: string): number;
    public parse<T>(input: string, reviver: (s: string) => T): T;
    public parse<T>(input: string, reviver?: (s: string) => T): number | T {
        return reviver ? reviver(input) : Number(input);
    }
    protected static check(x: number): boolean;
    protected static check(x: string): boolean;
    protected static check(x: unknown): boolean { return x != null; }
    static run(): boolean { return Parser.check(1) && Parser.check("s"); }
    async load(): Promise<string>;
    async load(x?: string): Promise<string> { return x ?? "loaded"; }
}
const p = new Parser();
console.log("generic overloads", p.parse("42"), p.parse("x", (s) => [s]), Parser.run());
p.load().then((v) => console.log("async overload", v));

// Index signature with a template-literal key type and a symbol key type
class Templated {
    [k: `data-${string}`]: string;
    [s: symbol]: number;
    "data-init" = "init";
}
const t = new Templated();
t["data-extra"] = "extra";
t[Symbol.iterator as symbol] = 1;
console.log("templated", Object.keys(t));
