// Namespaces that contain only types (interfaces, type aliases, nested type-only namespaces,
// ambient declarations, empty bodies) are not emitted at all, so they may share a name with a
// const, a let or a class; a namespace with any value member is emitted.

namespace Shape {
    export interface Circle { radius: number }
    export type Kind = "circle" | "square";
}
const Shape = { name: "the const named Shape" };
const c: Shape.Circle = { radius: 2 };
const k: Shape.Kind = "circle";
console.log("type-only namespace + const", Shape.name, c, k);

namespace Deep.Types.Only {
    export type X = number;
    export namespace Deeper { export interface Y { y: string } }
}
let Deep = "a let named Deep";
const dx: Deep.Types.Only.X = 1;
const dy: Deep.Types.Only.Deeper.Y = { y: "y" };
console.log("dotted type-only", Deep, dx, dy);

namespace Empty {}
namespace OnlyAmbient {
    declare const a: number;
    declare function f(): void;
    export declare class C {}
}
namespace OnlyNestedEmpty { namespace Inner {} export namespace Inner2 { type T = 1; } }
class Empty2 { static tag = "class Empty2"; }
namespace Empty2 { export type T = number; }
console.log("empty and ambient namespaces", Empty2.tag, typeof (globalThis as any).Empty, typeof (globalThis as any).OnlyAmbient);

// A namespace with at least one value member is instantiated (emitted). (A namespace holding
// only a const enum is left out: isolatedModules keeps const enums, so it is emitted too.)
namespace Instantiated {
    export type T = string;
    export const value: T = "has a value";
}
console.log("instantiated", Instantiated.value, Object.keys(Instantiated));

// An instantiated namespace that only contains a non-exported value (still emitted, but empty)
namespace HiddenValue {
    const inside = "only inside";
    console.log("runs at declaration:", inside);
}
console.log("hidden value ns", JSON.stringify(HiddenValue));

// Type-only namespace inside an instantiated one
namespace Host {
    export namespace TypesOnly { export interface I { i: number } }
    export const hosted: TypesOnly.I = { i: 1 };
}
console.log("host", Host.hosted, Object.keys(Host), "TypesOnly" in Host);

export {};
