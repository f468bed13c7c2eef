// Numeric enums: auto-increment, explicit starts, gaps, negative and fractional values,
// initializers referring to earlier members (bare and qualified), reverse mapping, members
// with string-literal names, and enums declared inside functions and blocks.

enum Color {
    Red,
    Green,
    Blue,
}
console.log("auto", Color.Red, Color.Green, Color.Blue, Color[0], Color[Color.Blue]);
console.log("object", JSON.stringify(Color), Object.keys(Color), Object.values(Color));

enum Gaps {
    A = 5,
    B,
    C = 10,
    D,
    E = -3,
    F,
    G = 1.5,
    H,
}
console.log("gaps", JSON.stringify(Gaps));

enum Refs {
    First = 2,
    Second = First * 3,
    Third = Refs.Second + 1,
    Fourth = Third | First,
    Fifth,
}
console.log("refs", JSON.stringify(Refs), Refs[7]);

// A bare name inside an enum initializer resolves to the enum member, not the outer variable
const Outer = 100;
const Shadow = 1000;
enum Scoped {
    Shadow = 1,
    UsesShadow = Shadow + 1,
    UsesOuter = Outer + 1,
}
console.log("scoping", Scoped.Shadow, Scoped.UsesShadow, Scoped.UsesOuter, Shadow);

// Quoted member names and names that are not identifiers
enum Quoted {
    "plain",
    "with space",
    'single-quoted',
    "ünïcödé",
    "\u0041scaped",
}
console.log("quoted", JSON.stringify(Quoted), Quoted["with space"], Quoted.Ascaped, Quoted[4]);

// Duplicate values: reverse mapping keeps the last name
enum Dupes {
    One = 1,
    Uno = 1,
    Eins = 1,
    Two,
}
console.log("duplicates", Dupes[1], Dupes[2], Object.keys(Dupes).length);

// Enum members named like Object.prototype members and like keywords
enum Keywords {
    constructor,
    toString,
    default,
    new,
    in,
}
console.log("keyword names", Keywords.constructor, Keywords.toString, Keywords.default, Keywords.new, Keywords.in, Keywords[4]);

// Enum inside a function (a fresh object each call) and inside a block
function makeEnum(): unknown {
    enum Local { X = 7, Y }
    return Local;
}
console.log("local", JSON.stringify(makeEnum()), makeEnum() === makeEnum());
{
    enum Block { P, Q }
    console.log("block", Block.Q, Block[1]);
}

// Enums as types and values in switch statements and as object keys
function describe(c: Color): string {
    switch (c) {
        case Color.Red: return "warm";
        case Color.Blue: return "cool";
        default: return "neutral";
    }
}
const byColor: Record<Color, string> = { [Color.Red]: "r", [Color.Green]: "g", [Color.Blue]: "b" };
console.log("usage", [Color.Red, Color.Green, Color.Blue].map(describe), byColor);

// Enum member assignment at runtime is possible (the object is mutable)
(Color as any).Extra = 99;
console.log("mutable", (Color as any).Extra, typeof Color);
