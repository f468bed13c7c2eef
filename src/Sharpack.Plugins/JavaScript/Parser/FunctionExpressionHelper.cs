// Follows webpack lib/dependencies/getFunctionExpression.js: the callback forms require.ensure
// and AMD require accept and walk in place: a function or arrow, `function () {…}.bind(x)`, and
// CoffeeScript's `(function (_this) { return function () {…}; })(this)`.

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>A callback written in place: its function, the expressions around it to walk, whether it needs <c>this</c>.</summary>
/// <param name="Function">The function whose body runs as the callback.</param>
/// <param name="Expressions">Other expressions of the form (the argument of <c>.bind</c>), walked as usual.</param>
/// <param name="NeedsThis">False for a plain function or arrow (webpack's needThis false): the caller need not bind <c>this</c>.</param>
internal readonly record struct FunctionExpressionInfo(FunctionNode Function, Node[] Expressions, bool NeedsThis);

/// <summary>Recognizes callbacks written in place.</summary>
internal static class FunctionExpressionHelper
{
    /// <summary>The callback <paramref name="expression"/> is, or null when it is some other expression (a variable holding a function).</summary>
    public static FunctionExpressionInfo? Get(Node expression)
    {
        switch (expression)
        {
            case FunctionExpression or ArrowFunctionExpression:
                return new FunctionExpressionInfo((FunctionNode)expression, [], NeedsThis: false);
            case CallExpression { Callee: MemberExpression { Computed: false, Object: FunctionExpression bound, Property: Identifier { Name: "bind" } }, Arguments.Length: 1 } bind:
                return new FunctionExpressionInfo(bound, bind.Arguments, NeedsThis: true);
            case CallExpression { Callee: FunctionExpression { Body: BlockStatement { Body: [ReturnStatement { Argument: FunctionExpression inner }] } }, Arguments: [ThisExpression] }:
                return new FunctionExpressionInfo(inner, [], NeedsThis: true);
            default:
                return null;
        }
    }
}
