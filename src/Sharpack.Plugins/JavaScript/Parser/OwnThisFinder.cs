// Follows webpack CommonJsExportsParserPlugin's findOwnThisExpression: the first `this` of a
// function's own this-scope — through arrow functions and a class's computed keys and superclass,
// not into nested functions, methods, static blocks or class field values, which have their own.
// An exported function that reads its own `this` may reach any export when called as a method
// of the exports object, so CommonJS tree shaking keeps them all (webpack #21178).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Finds a function's own <c>this</c>.</summary>
internal sealed class OwnThisFinder : AstVisitor
{
    private ThisExpression? _found;

    /// <summary>The first own <c>this</c> of <paramref name="function"/>, or null.</summary>
    public static ThisExpression? Find(FunctionNode function)
    {
        var finder = new OwnThisFinder();
        foreach (var parameter in function.Params)
            finder.Visit(parameter);
        if (finder._found is null)
            finder.Visit(function.Body);
        return finder._found;
    }

    /// <inheritdoc />
    public override void Visit(Node node)
    {
        if (_found is not null)
            return;
        switch (node.Type)
        {
            case NodeType.ThisExpression:
                _found = (ThisExpression)node;
                return;
            case NodeType.FunctionExpression or NodeType.FunctionDeclaration or NodeType.StaticBlock:
                return;
            case NodeType.PropertyDefinition:
                if (((PropertyDefinition)node).Computed) Visit(((PropertyDefinition)node).Key);
                return;
            default:
                base.Visit(node);
                return;
        }
    }
}
