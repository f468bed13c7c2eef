// Namespaces merged with functions, classes and enums (namespace after the value), several
// namespace blocks merging into one object, and merges inside other namespaces.

function greet(name: string): string {
    return `${greet.prefix}, ${name}${greet.suffix}`;
}
namespace greet {
    export const prefix = "Hello";
    export let suffix = "!";
    export function loud(name: string): string { return greet(name).toUpperCase(); }
}
console.log("function + namespace", greet("Ada"), greet.loud("bob"), greet.length, Object.keys(greet));
greet.suffix = "?";
console.log("mutated", greet("Cy"));

class Point {
    constructor(public x: number, public y: number) {}
    plus(o: Point): Point { return new Point(this.x + o.x, this.y + o.y); }
}
namespace Point {
    export const origin = new Point(0, 0);
    export function from([x, y]: [number, number]): Point { return new Point(x, y); }
    export interface Like { x: number; y: number } // type only
}
console.log("class + namespace", Point.origin, Point.from([1, 2]).plus(Point.from([3, 4])), Object.keys(Point));
const like: Point.Like = { x: 1, y: 1 };
console.log("namespace type member", like);

enum Color { Red, Green }
namespace Color {
    export function parse(s: string): Color { return (Color as any)[s]; }
}
console.log("enum + namespace", Color.parse("Green"), Color[Color.parse("Red")], JSON.stringify(Object.keys(Color)));

// Several namespace blocks, some only types; the value ones share one object
namespace Multi { export const a = 1; }
namespace Multi { export type OnlyType = string; }
namespace Multi { export const b = a + 1; }
namespace Multi { export function sum(): number { return a + b; } }
console.log("multi", Multi.a, Multi.b, Multi.sum(), Object.keys(Multi));

// Merging inside an outer namespace, and a class whose static side is extended
namespace Outer {
    export class Inner {
        static created = 0;
        constructor() { Inner.created++; }
    }
    export namespace Inner {
        export const tag = "Outer.Inner tag";
        export function make(): Inner { return new Inner(); }
    }
}
Outer.Inner.make();
new Outer.Inner();
console.log("nested merge", Outer.Inner.tag, Outer.Inner.created, Object.keys(Outer));

// A generic function merged with a namespace holding overload helpers
function tuple<T>(...xs: T[]): T[] { return xs; }
namespace tuple {
    export const empty: never[] = [];
    export function of<T>(x: T): T[] { return tuple(x); }
}
console.log("generic fn merge", tuple(1, 2), tuple.of("x"), tuple.empty);
