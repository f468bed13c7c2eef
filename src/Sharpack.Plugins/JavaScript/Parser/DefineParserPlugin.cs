// Follows the parser part of webpack lib/DefinePlugin.js: a defined free name or dotted path
// (`DEBUG`, `process.env.API`) is replaced by its code wherever the module uses it without
// declaring it. As with webpack's hooks the first definition of a name answers: the `define`
// option's and plugins' definitions run before optimization.nodeEnv's (which webpack applies as a
// DefinePlugin after the user's), and every definition before the parser's own plugins.

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Definitions as parser taps.</summary>
public static class DefineParserPlugin
{
    /// <summary>The stage of definitions (before ProvideParserPlugin and the built-in plugins).</summary>
    public const int Stage = -30;

    /// <summary>The stage of optimization.nodeEnv's definition (after every other definition).</summary>
    public const int NodeEnvStage = -20;

    /// <summary>Taps <paramref name="hooks"/> to replace <paramref name="expression"/> by <paramref name="code"/>.</summary>
    public static void Define(JavascriptParserHooks hooks, string expression, string code, int stage = Stage)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        ArgumentException.ThrowIfNullOrEmpty(expression);
        ArgumentNullException.ThrowIfNull(code);
        hooks.Expression.For(expression).Tap(new Sharpack.Core.Hooks.TapOptions("DefinePlugin") { Stage = stage }, (parser, node) =>
        {
            parser.Replace(node.Start, node.End, code);
            return true;
        });
        // As webpack's DefinePlugin: the definition evaluates to what its code evaluates to, so
        // `if (process.env.NODE_ENV !== "production")` is a known condition (ConstParserPlugin).
        if (ValueOf(code) is not { } value)
            return;
        var options = new Sharpack.Core.Hooks.TapOptions("DefinePlugin") { Stage = stage };
        hooks.EvaluateIdentifier.For(expression).Tap(options, (_, node) => value(node.Start, node.End));
        if (value(0, 0).Typeof() is { } type)
            hooks.EvaluateTypeof.For(expression).Tap(options, (_, node) => BasicEvaluatedExpression.OfString(type, node.Start, node.End));
    }

    // What a definition's code is known to be, as a factory over the range of each use: literals,
    // undefined, signs and negations of them, object, array and function literals (truthy).
    private static Func<int, int, BasicEvaluatedExpression>? ValueOf(string code)
    {
        var parsed = Sharpack.JavaScript.JavaScriptParser.Parse("(" + code + "\n)",
            new Sharpack.JavaScript.ParseOptions { SourceType = Sharpack.JavaScript.SourceType.Script, AnalyzeScopes = false });
        if (parsed.Program is not { Body: [ExpressionStatement { Expression: var expression }] })
            return null;
        return Evaluate(expression);

        static Func<int, int, BasicEvaluatedExpression>? Evaluate(Node node) => node switch
        {
            Literal { Kind: not LiteralKind.BigInt } literal => (start, end) => BasicEvaluatedExpression.OfLiteral(literal, start, end),
            Identifier { Name: "undefined" } => BasicEvaluatedExpression.OfUndefined,
            UnaryExpression { Operator: Operator.Void } => BasicEvaluatedExpression.OfUndefined,
            UnaryExpression { Operator: Operator.Minus, Argument: Literal { Kind: LiteralKind.Number } negated } =>
                (start, end) => BasicEvaluatedExpression.OfNumber(-negated.NumberValue, start, end),
            UnaryExpression { Operator: Operator.LogicalNot, Argument: var argument } when Evaluate(argument) is { } inner && inner(0, 0).AsBool() is { } truthy =>
                (start, end) => BasicEvaluatedExpression.OfBoolean(!truthy, start, end),
            ObjectExpression => BasicEvaluatedExpression.OfObject,
            ArrayExpression => (start, end) => BasicEvaluatedExpression.OfTruthiness(true, start, end),
            FunctionExpression or ArrowFunctionExpression => (start, end) => BasicEvaluatedExpression.OfTypeof("function", start, end),
            _ => null,
        };
    }

    /// <summary>
    /// Taps <paramref name="hooks"/> to replace <paramref name="expression"/> by the code
    /// <paramref name="code"/> gives for the module being parsed (webpack's RuntimeValue: asked at
    /// every use, from the make threads).
    /// </summary>
    public static void Define(JavascriptParserHooks hooks, string expression, Func<JavascriptParser, string> code, int stage = Stage)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        ArgumentException.ThrowIfNullOrEmpty(expression);
        ArgumentNullException.ThrowIfNull(code);
        hooks.Expression.For(expression).Tap(new Sharpack.Core.Hooks.TapOptions("DefinePlugin") { Stage = stage }, (parser, node) =>
        {
            parser.Replace(node.Start, node.End, code(parser));
            return true;
        });
    }
}
