// String enums (no reverse mapping), heterogeneous enums, string concatenation and template
// literal initializers, and string members that reference other members.

enum Direction {
    Up = "UP",
    Down = "DOWN",
    Left = "LEFT",
    Right = "RIGHT",
}
console.log("string enum", Direction.Up, Direction["Down"], JSON.stringify(Direction), Object.keys(Direction));
console.log("no reverse mapping", (Direction as any)["UP"], "UP" in Direction);

enum Mixed {
    No = 0,
    Yes = "YES",
    Maybe = 2,
    Next,
}
console.log("heterogeneous", JSON.stringify(Mixed), Mixed[0], Mixed[3], (Mixed as any)["YES"]);

enum Derived {
    Prefix = "pre",
    Full = Prefix + "-fix",
    Quoted = `${Prefix}:quoted`,
    Plain = `plain template`,
    Nested = Derived.Full + "/" + Derived.Quoted,
}
console.log("derived strings", JSON.stringify(Derived));

// Strings with escapes and unusual characters
enum Escapes {
    Quote = "\"double\" 'single'",
    Newline = "a\nb",
    Unicode = "\u00e9\u{1F600}",
    Backslash = "C:\\path",
    Empty = "",
}
console.log("escapes", JSON.stringify(Escapes));

// A string enum member referencing another string enum
enum Base {
    Root = "/root",
}
enum Paths {
    Home = `${Base.Root}/home`,
    Tmp = Base.Root + "/tmp",
}
console.log("cross-enum strings", Paths.Home, Paths.Tmp);

function isDirection(x: string): x is Direction {
    return (Object.values(Direction) as string[]).includes(x);
}
console.log("values check", isDirection("UP"), isDirection("Up"));

// String enum values used as keys and in switch
const arrows: { [K in Direction]: string } = {
    [Direction.Up]: "^",
    [Direction.Down]: "v",
    [Direction.Left]: "<",
    [Direction.Right]: ">",
};
console.log("as keys", arrows, Object.keys(arrows));
