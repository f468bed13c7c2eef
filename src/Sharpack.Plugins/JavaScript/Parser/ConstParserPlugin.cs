// Follows webpack lib/ConstPlugin.js: a condition the evaluator knows (`if (false)`,
// `process.env.NODE_ENV === "production"` with the definition, `typeof require === "function"`)
// decides which branch is code. The test is written as its value when evaluating it has no side
// effects; the dead branch is replaced (by `{}` keeping the `var`s it declares, or by `0` in an
// expression) and never walked, so what it requires is not bundled. __resourceQuery and
// __resourceFragment are the module's query and fragment, known to the evaluator.

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Dead branches of known conditions.</summary>
public static class ConstParserPlugin
{
    private const string Name = "ConstPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        TapResourcePart(hooks, "__resourceQuery", fragment: false);
        TapResourcePart(hooks, "__resourceFragment", fragment: true);
        // Dead code after a return or throw: dropped, its hoisted names kept (not at the top level).
        hooks.Terminate.Tap(Name, static (_, _) => true);
        hooks.UnusedStatement.Tap(Name, static (parser, statement) =>
        {
            if (parser.InTopLevelScope)
                return null;
            EliminateStatement(parser, statement, alwaysInBlock: false);
            return true;
        });
        hooks.StatementIf.Tap(Name, static (parser, statement) =>
        {
            if (parser.EvaluateExpression(statement.Test) is not { } test || test.AsBool() is not { } value)
                return null;
            if (!test.SideEffects)
                parser.Replace(statement.Test.Start, statement.Test.End, value ? "true" : "false");
            else
                parser.Walk(statement.Test);
            if ((value ? statement.Alternate : statement.Consequent) is { } dead)
                EliminateStatement(parser, dead, alwaysInBlock: true);
            return value;
        });
        hooks.ExpressionConditionalOperator.Tap(Name, static (parser, conditional) =>
        {
            if (parser.EvaluateExpression(conditional.Test) is not { } test || test.AsBool() is not { } value)
                return null;
            if (!test.SideEffects)
                parser.Replace(conditional.Test.Start, conditional.Test.End, value ? " true" : " false");
            else
                parser.Walk(conditional.Test);
            var dead = value ? conditional.Alternate : conditional.Consequent;
            parser.Replace(dead.Start, dead.End, "0");
            return value;
        });
        hooks.ExpressionLogicalOperator.Tap(Name, static (parser, logical) =>
        {
            if (parser.EvaluateExpression(logical.Left) is not { } left)
                return null;
            var pure = !left.SideEffects;
            if (logical.Operator is Operator.LogicalAnd or Operator.LogicalOr)
            {
                if (left.AsBool() is not { } value)
                    return null;
                var keepRight = logical.Operator == Operator.LogicalAnd ? value : !value;
                if (pure && (left.Kind == EvaluatedKind.Boolean || keepRight))
                    parser.Replace(logical.Left.Start, logical.Left.End, value ? " true" : " false");
                else
                    parser.Walk(logical.Left);
                if (!keepRight)
                    parser.Replace(logical.Right.Start, logical.Right.End, "0");
                return keepRight;
            }
            if (left.AsNullish() is not { } nullish)
                return null;
            // A nullish left side is written as null, or walked when evaluating it has effects
            // (webpack would drop the right side then); a left side that is not nullish makes the
            // right one dead.
            if (nullish && pure)
                parser.Replace(logical.Left.Start, logical.Left.End, " null");
            else
                parser.Walk(logical.Left);
            if (!nullish)
                parser.Replace(logical.Right.Start, logical.Right.End, "0");
            return nullish;
        });
    }

    // ConstPlugin's __resourceQuery and __resourceFragment: the module's `?query` and `#fragment`,
    // known to the evaluator too (`require("./x" + __resourceQuery)`).
    private static void TapResourcePart(JavascriptParserHooks hooks, string name, bool fragment)
    {
        hooks.EvaluateIdentifier.For(name).Tap(Name, (parser, node) =>
            BasicEvaluatedExpression.OfString(ResourcePart(parser.Module.Resource, fragment), node.Start, node.End));
        hooks.Expression.For(name).Tap(Name, (parser, node) =>
        {
            parser.Replace(node.Start, node.End, Sharpack.Core.CodeGeneration.CodeGenerationContext.JsonString(ResourcePart(parser.Module.Resource, fragment)));
            return true;
        });
    }

    /// <summary>The query or the fragment of a resource, as webpack's parseResource gives them; "" when absent.</summary>
    internal static string ResourcePart(string resource, bool fragment)
    {
        Sharpack.Core.ModuleGraph.Module.ParseResource(resource, out _, out var query, out var hash);
        return fragment ? hash : query;
    }

    // webpack's eliminateUnusedStatement: the branch goes, the `var`s it declares stay declared
    // (and, outside strict code, its function declarations' names, which sloppy mode hoists too).
    private static void EliminateStatement(JavascriptParser parser, Node statement, bool alwaysInBlock)
    {
        var names = new List<string>();
        // Block-level functions are hoisted in sloppy code only (webpack asks the scope, so a
        // "use strict" function counts).
        HoistedDeclarations(statement, includeFunctions: !parser.IsStrictScope, names);
        var inBlock = alwaysInBlock || statement is BlockStatement;
        var replacement = "// removed by dead control flow\n" + (inBlock ? "{" : "")
            + (names.Count > 0 ? " var " + string.Join(", ", names) + "; " : "") + (inBlock ? "}" : "");
        parser.Replace(statement.Start, statement.End, replacement);
    }

    // webpack's getHoistedDeclarations: var bindings (and function names) of a statement, not
    // looking into nested functions.
    private static void HoistedDeclarations(Node? node, bool includeFunctions, List<string> names)
    {
        switch (node)
        {
            case null:
                return;
            case VariableDeclaration { Kind: VariableKind.Var } variables:
                foreach (var declarator in variables.Declarations)
                {
                    var from = names.Count;
                    JavascriptParser.AddBoundNames(declarator.Id, names);
                    // Once each (webpack collects a set): `var a; var a;` declares one a.
                    for (var i = names.Count - 1; i >= from; i--)
                    {
                        if (names.IndexOf(names[i]) < i)
                            names.RemoveAt(i);
                    }
                }
                return;
            case FunctionDeclaration { Id: { } id } when includeFunctions:
                if (!names.Contains(id.Name))
                    names.Add(id.Name);
                return;
            case BlockStatement block:
                foreach (var child in block.Body) HoistedDeclarations(child, includeFunctions, names);
                return;
            case IfStatement ifStatement:
                HoistedDeclarations(ifStatement.Consequent, includeFunctions, names);
                HoistedDeclarations(ifStatement.Alternate, includeFunctions, names);
                return;
            case ForStatement forStatement:
                HoistedDeclarations(forStatement.Init, includeFunctions, names);
                HoistedDeclarations(forStatement.Body, includeFunctions, names);
                return;
            case ForInStatement forIn:
                HoistedDeclarations(forIn.Left, includeFunctions, names);
                HoistedDeclarations(forIn.Body, includeFunctions, names);
                return;
            case ForOfStatement forOf:
                HoistedDeclarations(forOf.Left, includeFunctions, names);
                HoistedDeclarations(forOf.Body, includeFunctions, names);
                return;
            case WhileStatement whileStatement:
                HoistedDeclarations(whileStatement.Body, includeFunctions, names);
                return;
            case DoWhileStatement doWhile:
                HoistedDeclarations(doWhile.Body, includeFunctions, names);
                return;
            case LabeledStatement labeled:
                HoistedDeclarations(labeled.Body, includeFunctions, names);
                return;
            // Not a `with` body, as webpack's getHoistedDeclarations (its vars are lost with the branch).
            case TryStatement tryStatement:
                HoistedDeclarations(tryStatement.Block, includeFunctions, names);
                HoistedDeclarations(tryStatement.Handler?.Body, includeFunctions, names);
                HoistedDeclarations(tryStatement.Finalizer, includeFunctions, names);
                return;
            case SwitchStatement switchStatement:
                foreach (var switchCase in switchStatement.Cases)
                {
                    foreach (var child in switchCase.Consequent) HoistedDeclarations(child, includeFunctions, names);
                }
                return;
        }
    }
}
