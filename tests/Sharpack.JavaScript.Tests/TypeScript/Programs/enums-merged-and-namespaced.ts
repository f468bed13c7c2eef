// Enum declaration merging (several `enum E {}` blocks), enums merged with namespaces that add
// functions, enums inside (nested) namespaces, exported enums, and members referencing members
// declared in an earlier block of the same enum.

enum Merged {
    A,
    B,
}
enum Merged {
    C = 10,
    D,
    E = B + 100,
}
enum Merged {
    F = Merged.D * 2,
}
console.log("merged", JSON.stringify(Merged), Merged[11], Merged.E);

// Enum merged with a namespace: the namespace adds static helpers to the enum object
enum Weekday {
    Monday = 1,
    Tuesday,
    Wednesday,
    Saturday = 6,
    Sunday,
}
namespace Weekday {
    export function isWeekend(day: Weekday): boolean {
        return day === Weekday.Saturday || day === Weekday.Sunday;
    }
    export const count = 5;
}
console.log("enum + namespace", Weekday.isWeekend(Weekday.Sunday), Weekday.isWeekend(Weekday.Monday), Weekday.count, Object.keys(Weekday));

// Enums inside namespaces (exported and local), nested namespaces, qualified references
namespace App {
    export enum Level { Low = 1, High = 10 }
    enum Private { Hidden = 42 }
    export const hidden = Private.Hidden;
    export namespace Sub {
        export enum Mode { Read = "r", Write = "w", Both = Read + Write }
        export const defaultLevel = Level.High;
    }
    export function describe(l: Level): string {
        return `${Level[l]}(${l})`;
    }
}
console.log("namespaced", App.Level.Low, App.Level[10], App.hidden, "Private" in App, App.Sub.Mode.Both, App.Sub.defaultLevel, App.describe(App.Level.Low));

// Dotted namespace with an enum, and merging into the same namespace later
namespace Outer.Inner {
    export enum Kind { One = 1 }
}
namespace Outer.Inner {
    export enum Kind { Two = One + 1 }
    export const both = [Kind.One, Kind.Two];
}
console.log("dotted", JSON.stringify(Outer.Inner.Kind), Outer.Inner.both);

// Exported enum at module top level
export enum Status {
    Active = "active",
    Inactive = "inactive",
}
export enum Counted { Zero, One }
console.log("exported", Status.Active, Counted.One, Counted[0]);
