// `this` parameters (always first, never emitted, not counted in `length`) on functions,
// function expressions, methods, callbacks and function types, together with other
// parameters, defaults and rest; `this` types in classes.

interface Ctx { prefix: string; count: number }

function describe(this: Ctx, suffix: string, times: number = 1): string {
    this.count++;
    return (this.prefix + suffix).repeat(times);
}
const ctx: Ctx = { prefix: ">", count: 0 };
console.log("function", describe.call(ctx, "a"), describe.apply(ctx, ["b", 2]), ctx.count, describe.length);

const bound = describe.bind({ prefix: "#", count: 10 });
console.log("bound", bound("c"), bound.length);

const expr = function (this: Ctx, ...rest: string[]): string {
    return this.prefix + rest.join(",");
};
console.log("expression", expr.call(ctx, "x", "y"), expr.length);

function onlyThis(this: unknown): string {
    return typeof this;
}
console.log("only this", onlyThis(), onlyThis.call(globalThis), onlyThis.length);

function thisVoid(this: void, a: number): number { return a + 1; }
console.log("this: void", thisVoid(1), thisVoid.length);

// Methods with `this` parameters in object literals and classes
const counter = {
    n: 0,
    inc(this: { n: number }, by: number = 1): number { return (this.n += by); },
    reset(this: { n: number }): void { this.n = 0; },
};
counter.inc();
counter.inc(5);
console.log("object method", counter.n, counter.inc.length);
counter.reset();
console.log("reset", counter.n);

class Widget {
    label = "widget";
    handler(this: Widget, e: { type: string }): string { return `${this.label} got ${e.type}`; }
    static make(this: typeof Widget): Widget { return new this(); }
}
const w = Widget.make();
console.log("class method", w.handler({ type: "click" }), w.handler.length);

// Callbacks whose declared type has a `this` parameter
function withThis(fn: (this: { tag: string }, v: number) => string): string {
    return fn.call({ tag: "T" }, 1);
}
console.log("callback", withThis(function (v) { return this.tag + v; }));

// `this` destructuring is impossible, but a parameter named `thisArg` is a normal parameter
function notThis(thisArg: string, this2?: number): string { return thisArg + this2; }
console.log("thisArg", notThis("a", 1), notThis.length);

// Arrow functions cannot have `this` parameters but capture the outer `this`
class Capture {
    v = "captured";
    run(this: Capture): string[] { return [1, 2].map(() => this.v); }
}
console.log("arrow capture", new Capture().run());
