// Abstract classes and members: abstract methods, properties, accessors, abstract constructors
// as types, abstract classes with implemented members and fields, and subclasses.

abstract class Shape {
    abstract readonly name: string;
    abstract area(): number;
    abstract get sides(): number;
    protected abstract scale(f: number): void;
    static count = 0;
    created = ++Shape.count;
    describe(): string {
        return `${this.name} #${this.created}: area=${this.area().toFixed(2)} sides=${this.sides}`;
    }
    grow(f: number): this {
        this.scale(f);
        return this;
    }
}

class Square extends Shape {
    readonly name = "square";
    constructor(private side: number) { super(); }
    area(): number { return this.side ** 2; }
    get sides(): number { return 4; }
    protected scale(f: number): void { this.side *= f; }
}

class Circle extends Shape {
    name = "circle";
    constructor(public r: number) { super(); }
    override area(): number { return Math.PI * this.r ** 2; }
    get sides() { return 0; }
    protected override scale(f: number) { this.r *= f; }
}

const shapes: Shape[] = [new Square(2), new Circle(1), new Square(3).grow(2)];
console.log(shapes.map((s) => s.describe()));
console.log("keys", shapes.map((s) => Object.keys(s)));
console.log("abstract members absent", "area" in Shape.prototype, "sides" in Shape.prototype, Object.getOwnPropertyNames(Shape.prototype));

// An abstract class can still be constructed at runtime (the check is type-level only)
const Anything = Shape as any;
console.log("constructed abstract", Object.keys(new Anything()), Shape.count);

// abstract class expression via a variable, abstract class with a constructor and generic
abstract class Repo<T extends { id: number }> {
    protected items = new Map<number, T>();
    constructor(protected readonly label: string) {}
    abstract validate(item: T): boolean;
    add(item: T): boolean {
        if (!this.validate(item)) return false;
        this.items.set(item.id, item);
        return true;
    }
    get size(): number { return this.items.size; }
}
class UserRepo extends Repo<{ id: number; name: string }> {
    validate(item: { id: number; name: string }): boolean { return item.name.length > 0; }
}
const repo = new UserRepo("users");
console.log("generic abstract", repo.add({ id: 1, name: "a" }), repo.add({ id: 2, name: "" }), repo.size, Object.keys(repo));

// abstract constructor type used to accept abstract classes
function className(C: abstract new (...args: any[]) => unknown): string { return C.name; }
console.log("abstract ctor type", className(Shape), className(Square));

// `abstract` as an identifier
const abstract = "identifier abstract";
console.log(abstract);
