// Parameter properties in derived classes: the assignments must come right after `super(...)`,
// which may follow other statements or sit in a `try` block; class fields of the derived class
// are initialized right after `super` too, before the parameter-property assignments.

const trace: string[] = [];

class Base {
    baseField = (trace.push("Base field init"), "base");
    constructor(public readonly baseId: number) {
        trace.push(`Base ctor body (baseId=${baseId})`);
    }
}

class Derived extends Base {
    derivedField = (trace.push("Derived field init"), "derived");
    constructor(id: number, public readonly extra: string, private hidden = "hidden") {
        trace.push("Derived ctor before super");
        const doubled = id * 2;
        super(doubled);
        trace.push(`Derived ctor after super extra=${this.extra}`);
    }
    reveal(): string { return this.hidden; }
}
const d = new Derived(5, "extra");
console.log(trace.join("\n"));
console.log("derived keys", Object.keys(d), d.reveal(), d.baseId);

// super() inside a `try` block: still a root-level statement for TypeScript, which puts the
// parameter-property assignments right after it, inside the `try`. (A super() nested in an
// `if`, an expression or an arrow is rejected by the type checker when the class has
// parameter properties, so it is not exercised here.)
class WithTry extends Base {
    constructor(public tag: string) {
        try {
            super(4);
        } finally {
            trace.length = 0;
        }
    }
}
console.log("super in try", Object.keys(new WithTry("t")));

// Three levels, each with parameter properties
class L1 { constructor(public a: string) {} }
class L2 extends L1 { constructor(a: string, public b: string) { super(a); } }
class L3 extends L2 {
    c2 = this.c + "!";
    constructor(public c: string) {
        console.log("L3 before super");
        super("A", "B");
    }
}
const l3 = new L3("C");
console.log("levels", Object.keys(l3), JSON.stringify(l3));

// A derived class with parameter properties and no explicit field, whose super() gets a
// spread of arguments, and a derived class without its own constructor
class Spread extends L2 {
    constructor(public s: string, ...args: [string, string]) {
        super(...args);
    }
}
class NoCtor extends L2 {
    own = "own field";
}
console.log("spread super", JSON.stringify(new Spread("S", "A", "B")), JSON.stringify(new NoCtor("a", "b")));
