// What the innermost function-like context allows: await, yield, super, new.target, return.

namespace Sharpack.JavaScript.Parsing;

[Flags]
internal enum FunctionFlags : ushort
{
    None = 0,
    /// <summary>The top level of a script or module.</summary>
    TopLevel = 1,
    /// <summary>Inside a function body (arrows included): `return` is allowed.</summary>
    Function = 2,
    /// <summary>`await` is an operator (async function, or module top level).</summary>
    Async = 4,
    /// <summary>`yield` is an operator.</summary>
    Generator = 8,
    /// <summary>The innermost function is an arrow.</summary>
    Arrow = 16,
    /// <summary>`super.x` is allowed (methods, class fields, static blocks).</summary>
    SuperProperty = 32,
    /// <summary>`super()` is allowed (derived class constructors).</summary>
    SuperCall = 64,
    /// <summary>`new.target` is allowed.</summary>
    NewTarget = 128,
    /// <summary>Inside a class field initializer: `arguments` is not allowed.</summary>
    ClassFieldInit = 256,
    /// <summary>Inside a class static block: `await` and `arguments` are not allowed.</summary>
    StaticBlock = 512,
}
