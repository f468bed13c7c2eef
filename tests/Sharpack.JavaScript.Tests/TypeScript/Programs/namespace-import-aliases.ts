// `import X = N.Y` aliases (local and `export import` inside namespaces, and at top level),
// aliases to nested namespaces, classes, enums and functions, and aliases only used as types
// (which are erased).

namespace Library {
    export namespace Util {
        export function shout(s: string): string { return s.toUpperCase() + "!"; }
        export const version = "1.2.3";
    }
    export class Widget { name = "widget"; }
    export enum Mode { On = "on", Off = "off" }
    export namespace Types { export type Size = "s" | "m" | "l"; }
}

// Top-level (non-exported) import alias of a namespace, a class and an enum member holder
import U = Library.Util;
import W = Library.Widget;
import M = Library.Mode;
import SizeTypes = Library.Types; // only used as a type: erased
console.log("top-level aliases", U.shout("hi"), U.version, new W().name, M.On, typeof U, U === Library.Util);
const size: SizeTypes.Size = "m";
console.log("type alias use", size);

namespace App {
    // exported alias becomes a property of App
    export import Shout = Library.Util.shout;
    export import Tools = Library.Util;
    // a local alias stays a local variable
    import Mode = Library.Mode;
    export const current: Mode = Mode.Off;
    export function run(): string { return Shout("run") + " " + Tools.version + " " + current; }
    export namespace Nested {
        import Parent = App;
        export const viaParent = () => Parent.current;
    }
}
console.log("namespace aliases", App.run(), App.Shout("x"), App.Tools.version, App.Nested.viaParent(), Object.keys(App));

// Aliases are snapshots of the value at the time the alias statement runs
namespace Mutable { export let value = "first"; export let obj = { v: 1 }; }
import Val = Mutable.value;
import Obj = Mutable.obj;
Mutable.value = "second";
Mutable.obj.v = 2;
console.log("snapshot", Val, Obj.v, Mutable.value);

// Alias chains
import Chain1 = Library;
import Chain2 = Chain1.Util;
console.log("chain", Chain2.shout("chain"));

export {};
