// A use of a name that no declaration in the file binds: a global such as require, module,
// exports or process. A bundler reads these to decide what a module needs.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>A reference that resolves to no symbol in the file (a global).</summary>
/// <param name="Name">The name.</param>
/// <param name="Node">The Identifier (or JSXIdentifier) that refers to it.</param>
/// <param name="Scope">The scope the reference occurs in.</param>
/// <param name="InsideWith">True when the reference is inside a <c>with</c> body, so it may be a property of the object instead.</param>
public readonly record struct UnresolvedReference(string Name, Node Node, int Scope, bool InsideWith);
