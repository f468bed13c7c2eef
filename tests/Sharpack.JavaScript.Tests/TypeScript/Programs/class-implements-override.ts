// `implements` clauses (single, multiple, generic, with extends), `override` modifiers on
// methods/properties/accessors/parameter properties, and interface-only members.

interface Named { name: string }
interface Greeter extends Named { greet(other?: Named): string }
interface Comparable<T> { compareTo(o: T): number }
interface Serializable { serialize(): string }

class Person implements Greeter, Comparable<Person>, Serializable {
    readonly role: string = "person";
    constructor(public name: string, protected age: number) {}
    greet(other?: Named): string { return other ? `${this.name} greets ${other.name}` : `hi, I am ${this.name}`; }
    compareTo(o: Person): number { return this.age - o.age; }
    serialize(): string { return JSON.stringify({ name: this.name, age: this.age }); }
    get label(): string { return `Person(${this.name})`; }
}

class Employee extends Person implements Serializable {
    constructor(name: string, age: number, public override readonly role: string = "staff") {
        super(name, age);
    }
    override greet(other?: Named): string { return super.greet(other) + ` (${this.role})`; }
    override serialize(): string { return super.serialize().replace("}", `,"role":"${this.role}"}`); }
    override get label(): string { return `Employee(${this.name})`; }
    public override toString(): string { return this.label; }
}
interface Employee { nickname?: string } // merged interface: type only
class Manager extends Employee {
    override readonly role = "manager";
    reports: Person[] = [];
    static override [Symbol.hasInstance](x: unknown): boolean { return typeof x === "object" && x !== null && "reports" in x; }
}

const people: Person[] = [new Person("Ann", 40), new Employee("Ben", 30), new Manager("Cat", 50)];
console.log(people.map((p) => p.greet()));
console.log(people[0].greet(people[1]));
console.log(people.map((p) => p.serialize()));
console.log([...people].sort((a, b) => a.compareTo(b)).map((p) => p.name));
console.log(people.map((p) => p.label), String(people[2]));
console.log("keys", people.map((p) => Object.keys(p)));
console.log("hasInstance", { reports: [] } instanceof Manager, people[0] instanceof Manager);

// implements with a class used as an interface, and generic implements
class Shape { area(): number { return 0; } }
class Sq implements Shape {
    constructor(private s: number) {}
    area(): number { return this.s * this.s; }
}
class Box<T> implements Comparable<Box<T>> {
    constructor(public v: T, private weight: number) {}
    compareTo(o: Box<T>): number { return this.weight - o.weight; }
}
console.log("class as interface", new Sq(3).area(), new Sq(3) instanceof Shape, new Box("a", 2).compareTo(new Box("b", 5)));

// `implements` and `override` used as identifiers
const implements2 = { override: "override prop" };
console.log(implements2.override);
