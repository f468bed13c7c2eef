// `accessor` fields (auto-accessors): instance, static, private-named, with and without
// initializers, overridden in subclasses, with modifiers; plus `accessor` used as a name.

class Settings {
    accessor theme = "dark";
    accessor fontSize: number = 14;
    accessor uninitialized: string | undefined;
    static accessor instances = 0;
    accessor #secret = "secret";
    private accessor hidden = "hidden";
    readonly plain = "plain field";

    constructor() {
        Settings.instances++;
    }
    get secret(): string { return this.#secret; }
    rotate(): void { this.#secret = this.#secret.split("").reverse().join(""); }
    readHidden(): string { return this.hidden; }
}

const s = new Settings();
s.theme = "light";
s.fontSize += 2;
s.rotate();
console.log("values", s.theme, s.fontSize, s.uninitialized, s.secret, s.readHidden(), Settings.instances);
console.log("own keys (storage is private)", Object.keys(s));
const themeDesc = Object.getOwnPropertyDescriptor(Settings.prototype, "theme")!;
console.log("prototype accessor", typeof themeDesc.get, typeof themeDesc.set, themeDesc.enumerable);
console.log("prototype names", Object.getOwnPropertyNames(Settings.prototype));
console.log("static names", Object.getOwnPropertyNames(Settings).filter((n) => !["length", "name", "prototype"].includes(n)));

// Overriding an accessor in a subclass
class Derived extends Settings {
    override accessor theme = "derived theme";
    accessor extra = this.theme + "+extra";
}
const d = new Derived();
console.log("derived", d.theme, d.extra, Settings.instances);

// Initializer order: accessors initialize in declaration order with other fields
const order: string[] = [];
class Order {
    a = (order.push("a"), 1);
    accessor b = (order.push("b"), 2);
    c = (order.push("c"), 3);
    static accessor s = (order.push("static s"), 0);
}
new Order();
console.log("init order", order);

// `accessor` as a property name, a method name and a variable
class Names {
    accessor = "field named accessor";
    static accessor(): string { return "static method named accessor"; }
}
const accessor = "variable named accessor";
console.log(new Names().accessor, Names.accessor(), accessor);
