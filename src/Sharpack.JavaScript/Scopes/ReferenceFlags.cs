// What the analyzer records about a reference until it is resolved.

namespace Sharpack.JavaScript.Scopes;

/// <summary>Facts about a pending reference.</summary>
[Flags]
internal enum ReferenceFlags : byte
{
    None = 0,
    /// <summary>The reference writes the binding (assignment target, update, for-in/of head).</summary>
    Write = 1,
    /// <summary>The callee of a non-optional call, named <c>eval</c>: a direct eval if it stays unresolved.</summary>
    EvalCallee = 2,
    /// <summary>The reference has left a function boundary on its way out.</summary>
    CrossedFunction = 4,
    /// <summary>The reference has left a <c>with</c> body on its way out.</summary>
    CrossedWith = 8,
}
