// Access modifiers (public/private/protected), readonly, static combinations on fields,
// methods, accessors and constructors; modifiers are erased but members and their order stay.

class Base {
    public pub = "pub";
    private priv = "priv";
    protected prot = "prot";
    public readonly ro = "ro";
    private static readonly secretCount = 3;
    protected static shared = "shared";
    static public2 = "static public";
    #realPrivate = "#private";

    public constructor(public name: string = "base") {}

    public method(): string { return `${this.pub}/${this.priv}/${this.prot}/${this.#realPrivate}`; }
    private hidden(): string { return "hidden method"; }
    protected guarded(): string { return this.hidden() + " via guarded"; }
    public static create(): Base { return new Base("created"); }
    private static helper(): number { return Base.secretCount; }
    protected static get count(): number { return Base.helper(); }
    public get upper(): string { return this.name.toUpperCase(); }
    private set lower(v: string) { this.name = v.toLowerCase(); }
    public setLower(v: string): void { this.lower = v; }
}

class Derived extends Base {
    public override prot = "derived prot";
    public callGuarded(): string { return this.guarded(); }
    public static sharedFromBase(): string { return Derived.shared + " " + Derived.count; }
}

const b = Base.create();
console.log("fields", Object.keys(b), JSON.stringify(b));
console.log("methods", b.method(), b.upper, (b as any).hidden());
b.setLower("LOWERED");
console.log("private setter", b.name);
const d = new Derived();
console.log("derived", d.callGuarded(), Derived.sharedFromBase(), d.method(), Object.keys(d));
console.log("statics", Object.keys(Base), Object.getOwnPropertyNames(Base).sort(), (Base as any).secretCount);
console.log("prototype", Object.getOwnPropertyNames(Base.prototype));

// Modifiers on members with keyword-like names
class Names {
    public static static = "static named static";
    private readonly readonly = "readonly named readonly";
    protected public = "public named public";
    public get get(): string { return "get named get"; }
    public set set(v: string) {}
    public async async(): Promise<string> { return "async named async"; }
    public declare2 = this.readonly + "|" + this.public;
}
const n = new Names();
console.log("keyword names", Names.static, n.get, n.declare2, Object.keys(n));
n.async().then((v) => console.log(v));

// `private`/`public` as identifiers and property names outside classes
const priv = { private: 1, public: 2, protected: 3 };
let readonly = priv.private + priv.public + priv.protected;
console.log("identifiers", readonly);
