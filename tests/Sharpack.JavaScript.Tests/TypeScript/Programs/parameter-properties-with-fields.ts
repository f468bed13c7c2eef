// Parameter properties combined with class fields (with and without initializers) under
// useDefineForClassFields: print `Object.keys(instance)` to observe the definition order,
// and read parameter properties from field initializers to observe the initialization order.

class Fields {
    declared: string;
    initialized = "init";
    optional?: number;
    definite!: boolean;
    constructor(public p1: string, private p2: number, readonly p3 = true) {
        this.declared = "declared in ctor";
    }
    later = "later";
    readsParam = typeof this.p1; // parameter properties are assigned after field initializers
}
const f = new Fields("one", 2);
console.log("keys", Object.keys(f));
console.log("values", JSON.stringify(f));
console.log("hasOwn optional/definite", Object.hasOwn(f, "optional"), Object.hasOwn(f, "definite"), f.optional, f.definite);

// Static and instance fields with parameter properties
class WithStatics {
    static count = 0;
    static readonly label: string = "statics";
    id = ++WithStatics.count;
    constructor(public name: string) {}
}
const ws1 = new WithStatics("a");
const ws2 = new WithStatics("b");
console.log("statics", Object.keys(ws1), ws2.id, WithStatics.count, Object.keys(WithStatics));

// A field that shadows a setter on the prototype (define semantics: the setter is not called)
class HasSetter {
    set value(v: string) { console.log("setter called with", v); }
}
class Shadow extends HasSetter {
    value = "field wins";
    constructor(public other: string) { super(); }
}
const sh = new Shadow("o");
console.log("define semantics", Object.keys(sh), sh.value, Object.getOwnPropertyDescriptor(sh, "value"));

// A field without initializer in a derived class resets a value set by the base constructor
class SetsInBase {
    reset: string | undefined;
    constructor() { this.reset = "set by base ctor"; (this as any).plain = "plain"; }
}
class Resets extends SetsInBase {
    declare plain: string; // declare: no field emitted, value survives
    reset: string | undefined; // field without initializer: redefined as undefined
    constructor(public pp: number) { super(); }
}
const r = new Resets(1);
console.log("reset by field", r.reset, r.plain, Object.keys(r));

// Fields with computed names, private names and parameter properties
const key = "computedKey";
class Computed {
    [key] = "computed";
    #priv = "private";
    static #count = 0;
    constructor(public visible: number) { Computed.#count++; }
    get priv(): string { return this.#priv + Computed.#count; }
}
const co = new Computed(9);
console.log("computed/private", Object.keys(co), co.priv);
