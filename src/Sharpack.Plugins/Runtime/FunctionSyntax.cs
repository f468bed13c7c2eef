// Follows webpack's RuntimeTemplate.basicFunction and returningFunction: where output.environment
// has no arrow functions (an ES5 target), the code Sharpack writes itself (the bootstrap, runtime
// modules, module wrappers, export getters) uses function expressions. That code is written with
// arrows and rewritten here, arrow by arrow: `(a) => {…}` becomes `function(a) {…}` and `a => x`
// becomes `function(a) { return x; }`. None of it reads `this` or `arguments` inside an arrow, so
// the rewrite keeps its meaning. A module's own code is never rewritten (webpack does not either).

using Sharpack.JavaScript;
using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.Runtime;

/// <summary>Arrow functions of generated code as function expressions, for environments without arrows.</summary>
public static class FunctionSyntax
{
    /// <summary><paramref name="code"/> with every arrow function a function expression (unchanged when it has none or does not parse).</summary>
    public static string WithoutArrows(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!code.Contains("=>", StringComparison.Ordinal))
            return code;
        // Script first; code of ES module output (import.meta) parses as a module.
        var parsed = JavaScriptParser.Parse(code, new ParseOptions { SourceType = SourceType.Script });
        if (parsed.Error is not null)
            parsed = JavaScriptParser.Parse(code, new ParseOptions { SourceType = SourceType.Module });
        if (parsed.Error is not null || parsed.Program is null)
            throw new InvalidOperationException("Generated code did not parse, so its arrows cannot be rewritten for an environment without them: " + parsed.Error?.Message);
        var finder = new ArrowFinder(code);
        finder.Visit(parsed.Program);
        if (finder.Edits.Count == 0)
            return code;
        finder.Edits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var builder = new System.Text.StringBuilder(code.Length + finder.Edits.Count * 16);
        var position = 0;
        foreach (var (start, end, text) in finder.Edits)
        {
            builder.Append(code, position, start - position).Append(text);
            position = end;
        }
        return builder.Append(code, position, code.Length - position).ToString();
    }

    /// <summary>The head of a function of <paramref name="parameters"/> with a block body: <c>(a) => </c> or <c>function(a) </c>.</summary>
    public static string Head(string parameters, bool arrows) => arrows ? "(" + parameters + ") => " : "function(" + parameters + ") ";

    /// <summary>A function of no parameters returning <paramref name="expression"/>: <c>() => (x)</c> or <c>function() { return x; }</c>.</summary>
    public static string Returning(string expression, bool arrows) => Returning(expression, arrows, "");

    /// <summary>A function of <paramref name="parameters"/> returning <paramref name="expression"/>: <c>(m) => (x)</c> or <c>function(m) { return x; }</c>.</summary>
    public static string Returning(string expression, bool arrows, string parameters) =>
        arrows ? "(" + parameters + ") => (" + expression + ")" : "function(" + parameters + ") { return " + expression + "; }";

    private sealed class ArrowFinder(string code) : AstVisitor
    {
        public readonly List<(int Start, int End, string Text)> Edits = [];

        public override void Visit(Node node)
        {
            if (node is ArrowFunctionExpression arrow)
            {
                var searchFrom = arrow.Params.Length > 0 ? arrow.Params[^1].End : arrow.Start;
                var arrowToken = code.IndexOf("=>", searchFrom, StringComparison.Ordinal);
                if (arrowToken >= 0 && arrowToken < arrow.Body.Start)
                {
                    var parameters = code[arrow.Start..arrowToken].Trim();
                    var prefix = "function";
                    if (arrow.IsAsync && parameters.StartsWith("async", StringComparison.Ordinal))
                    {
                        prefix = "async function";
                        parameters = parameters["async".Length..].Trim();
                    }
                    if (!parameters.StartsWith('('))
                        parameters = "(" + parameters + ")";
                    if (arrow.IsExpression)
                    {
                        // Up to the body, keeping an opening parenthesis before it but no line break
                        // after "return" (where a semicolon would be inserted).
                        var between = code[(arrowToken + 2)..arrow.Body.Start].Trim();
                        Edits.Add((arrow.Start, arrow.Body.Start, prefix + parameters + " { return " + between));
                        Edits.Add((arrow.End, arrow.End, "; }"));
                    }
                    else
                    {
                        Edits.Add((arrow.Start, arrowToken + 2, prefix + parameters));
                    }
                }
            }
            base.Visit(node);
        }
    }
}
