// A use of a name waiting for its scope to close. References are resolved when a scope closes
// (when every declaration in it, hoisted ones included, is known) or passed on to the parent.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>A reference not yet resolved.</summary>
internal struct PendingReference(Node node, string name, int scope, ReferenceFlags flags)
{
    /// <summary>The Identifier (or JSXIdentifier) that refers.</summary>
    public Node Node = node;
    /// <summary>The name it refers to.</summary>
    public string Name = name;
    /// <summary>The scope the reference occurs in.</summary>
    public int Scope = scope;
    /// <summary>Write, eval callee, crossed a function or a with.</summary>
    public ReferenceFlags Flags = flags;
}
