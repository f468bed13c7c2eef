// Facts about a symbol gathered while binding references, for renaming, inlining and tree shaking.

namespace Sharpack.JavaScript.Scopes;

/// <summary>Facts about a symbol.</summary>
[Flags]
public enum SymbolFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>Written after its declaration: the target of an assignment or update, a for-in/of head, or redeclared with a value (<c>var x = 1; var x = 2</c>).</summary>
    Assigned = 1,
    /// <summary>Referenced from a function (or static block) nested inside the one that declares it.</summary>
    CapturedByClosure = 2,
    /// <summary>Exported by the module under some name.</summary>
    Exported = 4,
    /// <summary>Referenced from inside a <c>with</c> body that it is declared outside of, so the reference may be a property of the object instead: do not rename.</summary>
    UsedInWith = 8,
}
