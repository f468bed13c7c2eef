// Parameter properties with every modifier (public/private/protected/readonly and combinations),
// default values, destructuring next to them, optional ones, and in class expressions.

class Account {
    constructor(
        public owner: string,
        private balance: number = 0,
        protected readonly currency: string = "EUR",
        readonly id?: number,
        public optional?: string,
    ) {}
    describe(): string {
        return `${this.owner}: ${this.balance} ${this.currency} #${this.id} ${this.optional}`;
    }
}
const acc = new Account("ada", 10);
console.log(acc.describe(), Object.keys(acc), JSON.stringify(acc));
const acc2 = new Account("bob", undefined, "USD", 7, "opt");
console.log(acc2.describe(), Object.keys(acc2));

// Parameter properties mixed with plain parameters, rest and destructuring
class Mixed {
    sum: number;
    constructor(plain: number, public kept: string, { a, b }: { a: number; b: number }, private readonly last = plain * 2, ...rest: number[]) {
        this.sum = plain + a + b + rest.reduce((s, n) => s + n, 0);
    }
    get lastValue(): number { return this.last; }
}
const mixed = new Mixed(1, "kept", { a: 2, b: 3 }, undefined, 4, 5);
console.log("mixed", Object.keys(mixed), mixed.sum, mixed.lastValue, "plain" in mixed);

// The constructor body runs after the parameter-property assignments
class Order {
    log: string[] = [];
    constructor(public first: string, public second: string) {
        this.log.push(`body sees ${this.first},${this.second}`);
        this.first = this.first.toUpperCase();
    }
}
const order = new Order("x", "y");
console.log("order", order.log, order.first, Object.keys(order));

// Parameter properties in a class expression and in a nested class
const Expr = class {
    constructor(public readonly name: string, protected n = 1) {}
};
function outer() {
    class Inner {
        constructor(private secret: string) {}
        reveal() { return this.secret; }
    }
    return new Inner("inner secret");
}
console.log("class expression", Object.keys(new Expr("e")), outer().reveal());

// Parameter property named like a keyword and a property with the same name as a method
class Keywords {
    constructor(public readonly type: string, public declare: number, public async: boolean) {}
    static create(): Keywords { return new Keywords("t", 1, true); }
}
console.log("keywords", Keywords.create());

// Parameter properties whose default refers to an earlier parameter property
class Defaults {
    constructor(public a: number, public b: number = a * 10, public c: string = `${a}-${b}`) {}
}
console.log("defaults", new Defaults(2), new Defaults(1, 1));

// A parameter property assigned to with an arrow that captures `this`
class Captures {
    getter: () => string;
    constructor(public value: string) {
        this.getter = () => this.value;
    }
}
const cap = new Captures("captured");
cap.value = "changed";
console.log("captures", cap.getter());
