// Enum members with constant expressions (operators, parentheses, references to other enums)
// and with non-constant computed initializers (which must be evaluated at runtime, in order).

enum Flags {
    None = 0,
    A = 1 << 0,
    B = 1 << 1,
    C = 1 << 2,
    AB = A | B,
    All = A | B | C,
    NotA = ~A,
    Xor = All ^ B,
    Masked = All & ~C,
    Shifted = -16 >> 2,
    Unsigned = -16 >>> 28,
}
console.log("bit flags", JSON.stringify(Flags));

enum Arith {
    Add = 1 + 2,
    Sub = 10 - 4,
    Mul = 3 * 4,
    Div = 7 / 2,
    Mod = 7 % 3,
    Pow = 2 ** 10,
    Neg = -(2 + 3),
    Paren = (1 + 2) * (3 + 4),
    Plus = +"5".length,
    Mix = Add * Sub - Mul,
}
console.log("arithmetic", JSON.stringify(Arith));

enum Strs {
    Concat = "a" + "b",
    ConcatNum = "n" + 1,
    Chain = "x" + "y" + "z",
}
console.log("string constants", JSON.stringify(Strs));

enum Other {
    Base = 100,
}
enum UsesOther {
    X = Other.Base,
    Y = Other.Base * 2,
    Z,
    W = Other["Base"] + UsesOther.Y,
}
console.log("other enums", JSON.stringify(UsesOther));

// Non-constant initializers: evaluated at runtime, in member order
const log: string[] = [];
function next(label: string, value: number): number {
    log.push(label);
    return value;
}
enum Computed {
    First = next("first", 10),
    Second = next("second", 20),
    Len = "hello".length,
    Third = Second + 1,
    Rand = Math.max(3, 7),
}
console.log("computed", JSON.stringify(Computed), log);

// Special numeric values
enum Special {
    Inf = 1 / 0,
    NegInf = -1 / 0,
    NaNValue = 0 / 0,
    Big = 2 ** 53,
    Hex = 0xff,
    Oct = 0o17,
    Bin = 0b1010,
    Sep = 1_000_000,
    Exp = 1e3,
}
console.log("special", Special.Inf, Special.NegInf, Special.NaNValue, Special.Big, Special.Hex, Special.Oct, Special.Bin, Special.Sep, Special.Exp);
console.log("special reverse", Special[Infinity], Special[NaN], Object.keys(Special).length);
