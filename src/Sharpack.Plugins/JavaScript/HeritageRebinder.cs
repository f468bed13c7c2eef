using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.Plugins.JavaScript;

/// <summary>
/// webpack's parser walks a class's heritage outside the class scope (walkClass), so in
/// <c>const C = class Mixin extends fn(Mixin) {}</c> the heritage's <c>Mixin</c> is the import
/// or variable of that name outside, where the specification reads the class itself, in its
/// temporal dead zone (scope-hoisting/issue-11840). The scope tree stays as the specification
/// says, for renaming; only the parser's view of the heritage's references is moved outward.
/// </summary>
internal sealed class HeritageRebinder : AstVisitor
{
    private readonly int _className;
    private readonly int _outer;

    private HeritageRebinder(int className, int outer)
    {
        _className = className;
        _outer = outer;
    }

    /// <summary>Points the heritage's references to the class expression's own name at the name outside.</summary>
    public static void Rebind(ScopeTree scopes, int className, Node heritage)
    {
        ref readonly var symbol = ref scopes.GetSymbol(className);
        var outer = scopes.Resolve(scopes.GetScope(symbol.Scope).Parent, symbol.Name);
        new HeritageRebinder(className, outer).Visit(heritage);
    }

    /// <inheritdoc/>
    public override void Visit(Node node)
    {
        if (node is Identifier identifier)
        {
            if (identifier.Symbol == _className)
                identifier.Symbol = _outer;
            return;
        }
        base.Visit(node);
    }
}
