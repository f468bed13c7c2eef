// Nested namespaces: dotted names `A.B.C`, nested blocks, re-opened namespaces, non-exported
// members staying private, exported functions/classes/enums/namespaces, and access to outer
// namespace exports from inner namespaces.

namespace A.B.C {
    export const deep = "A.B.C.deep";
    export function where(): string { return "in A.B.C"; }
}
namespace A {
    export const top = "A.top";
    const hidden = "A.hidden";
    export namespace B {
        export const mid = "A.B.mid";
        export function reveal(): string { return hidden + " via B"; }
        export namespace C {
            export const fromC = top + " / " + mid + " / " + deep;
        }
    }
}
console.log(A.B.C.deep, A.B.C.where(), A.top, A.B.mid, A.B.reveal(), A.B.C.fromC);
console.log("keys", Object.keys(A), Object.keys(A.B), Object.keys(A.B.C));

// Re-opening a namespace: a later block sees earlier exports through the namespace object
namespace Counter {
    export let value = 1;
}
namespace Counter {
    export function bump(): number { return ++value; }
}
console.log("reopened", Counter.bump(), Counter.bump(), Counter.value);

// Exported class, enum, nested namespace and function all in one namespace
namespace Shapes {
    export enum Kind { Circle = "circle", Square = "square" }
    export class Shape {
        constructor(public kind: Kind, public size: number) {}
        area(): number { return Geometry.area(this); }
    }
    export namespace Geometry {
        export function area(s: Shape): number {
            return s.kind === Kind.Circle ? Math.round(Math.PI * s.size ** 2) : s.size ** 2;
        }
    }
    export function make(kind: Kind, size: number): Shape { return new Shape(kind, size); }
}
const shapes = [Shapes.make(Shapes.Kind.Circle, 1), Shapes.make(Shapes.Kind.Square, 3)];
console.log("shapes", shapes.map((s) => `${s.kind}=${s.area()}`), shapes[0] instanceof Shapes.Shape);

// A namespace nested three deep in one declaration, read through the outer object
namespace Local { export const n = 5; export namespace Deeper { export const m = n * 2; } }
console.log("nested one-liner", JSON.stringify(Local), Local.Deeper.m);

// Namespace whose name collides with one of its members (the emitter renames the parameter)
namespace Same {
    export const Same = "member named Same";
    export function get(): string { return Same; }
    export namespace Same2 { export const Same2 = "nested collision"; export const inner = Same2; }
}
console.log("collisions", Same.Same, Same.get(), Same.Same2.inner);

// Namespace declared with the `module` keyword (legacy syntax)
module Legacy.Sub {
    export const legacy = "module keyword";
}
console.log(Legacy.Sub.legacy);
