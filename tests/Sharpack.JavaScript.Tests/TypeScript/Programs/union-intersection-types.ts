// Union and intersection types in every annotation position: leading `|`/`&`, parenthesized
// function types inside unions, literal types, discriminated unions, narrowing.

type Shape =
    | { kind: "circle"; radius: number }
    | { kind: "square"; side: number }
    | { kind: "rect"; w: number; h: number };

function area(s: Shape): number {
    switch (s.kind) {
        case "circle": return Math.round(Math.PI * s.radius * s.radius);
        case "square": return s.side * s.side;
        case "rect": return s.w * s.h;
    }
}
const shapes: Shape[] = [{ kind: "circle", radius: 2 }, { kind: "square", side: 3 }, { kind: "rect", w: 2, h: 5 }];
console.log("areas", shapes.map(area));

type Named = { name: string };
type Aged = { age: number };
type Person = & Named & Aged;
const person: Named & Aged = { name: "Ada", age: 36 };
const person2: Person = { ...person, age: 37 };
console.log("intersection", person, person2, Object.keys(person2));

type Fn = ((x: number) => string) | ((x: string) => number) | null;
const fns: Fn[] = [(x: number) => "n" + x, (x: string) => x.length, null];
console.log("function unions", fns.map((f) => (f === null ? "null" : typeof f)));

function format(value: string | number | boolean | null | undefined | bigint | symbol): string {
    if (value === null) return "null";
    if (value === undefined) return "undefined";
    if (typeof value === "symbol") return value.toString();
    if (typeof value === "bigint") return value + "n";
    return `${typeof value}:${value}`;
}
console.log("union params", [1, "s", true, null, undefined, 5n, Symbol("sym")].map(format));

type Literal = "a" | "b" | 1 | 2 | true | -1 | `t-${string}`;
const lits: Literal[] = ["a", 2, true, -1, "t-x"];
console.log("literals", lits);

let narrowed: string | number[] = Math.random() > 2 ? "never" : [1, 2];
if (Array.isArray(narrowed)) console.log("array branch", narrowed.length);

type Mixed = (string | number)[] & { extra?: boolean };
const mixed: Mixed = Object.assign(["x", 1], { extra: true });
console.log("array intersection", mixed.length, mixed.extra, JSON.stringify(mixed));

// Unions in generic args, tuple members, return types and type assertions
function pick<T extends string | number>(xs: Array<T | null>): (T | "none")[] {
    return xs.map((x) => (x === null ? "none" : x));
}
console.log("generic union", pick<string | number>(["q", null, 3]));
const tuple: [string | number, boolean | undefined] = [1, undefined];
console.log("tuple union", tuple, (tuple[0] as string | number) === 1);

// `in` narrowing and `instanceof`
class Cat { meow(): string { return "meow"; } }
class Dog { bark(): string { return "woof"; } }
function speak(pet: Cat | Dog | { silent: true }): string {
    if ("silent" in pet) return "...";
    return pet instanceof Cat ? pet.meow() : pet.bark();
}
console.log("narrowing", speak(new Cat()), speak(new Dog()), speak({ silent: true }));
