// `const enum` declarations used within the same file (isolatedModules semantics: TypeScript
// keeps the declaration and may inline the member values), used only through member accesses
// (`E.A`, `E["B"]`), which is all a const enum allows.

const enum Direction {
    Up = 1,
    Down,
    Left,
    Right,
}
const enum Label {
    Yes = "yes",
    No = "no",
}
const enum Bits {
    A = 1 << 0,
    B = 1 << 1,
    AB = A | B,
}

function move(d: Direction): string {
    switch (d) {
        case Direction.Up: return "up";
        case Direction.Down: return "down";
        case Direction["Left"]: return "left";
        default: return "right";
    }
}
console.log("const enum values", Direction.Up, Direction.Down, Direction.Left, Direction.Right);
console.log("switch", [Direction.Up, Direction.Down, Direction.Left, Direction.Right].map(move));
console.log("string const enum", Label.Yes, Label["No"], `${Label.Yes}/${Label.No}`);
console.log("bits", Bits.A, Bits.B, Bits.AB, (Bits.AB & Bits.B) !== 0);

// Const enum members in computed keys, default parameters, arrays and arithmetic
const table = { [Label.Yes]: 1, [Label.No]: 0 };
function withDefault(d: Direction = Direction.Right): number { return d * 10; }
const arr: Direction[] = [Direction.Left, Direction.Up];
console.log("positions", table, withDefault(), withDefault(Direction.Up), arr, Direction.Right - Direction.Up);

// A const enum inside a namespace, used from inside and outside
namespace Ns {
    export const enum Inner { X = 100, Y = X + 1 }
    export const fromInside = Inner.Y;
}
console.log("namespaced const enum", Ns.Inner.X, Ns.fromInside);

// A const enum whose member name collides with a local variable
const Up = "local Up";
console.log("no capture", Up, Direction.Up);

// Const enum members with property-access-looking names
const enum Props { toString = 5, valueOf = 6, "quoted key" = 7 }
console.log("odd names", Props.toString, Props.valueOf, Props["quoted key"]);
