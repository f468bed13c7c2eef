// Follows webpack lib/dependencies/ContextDependencyHelpers.js create: `"./dir/pre" + x + ".js"`,
// `\`./dir/pre${x}.js\``, String.raw`./dir/pre${x}.js` or `"./dir/pre".concat(x, ".js")` is the
// context "./dir" with the pattern ^\.\/pre.*\.js$, and the request passed to it becomes
// "./pre" + x + ".js".

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Context;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Contexts from requests with an expression in them.</summary>
internal static class ContextDependencyHelpers
{
    /// <summary>A context dependency for <paramref name="request"/>, or null when it has no known prefix.</summary>
    public static ContextDependency? Create(JavascriptParser parser, Node request, string mode, ChunkGroupOptions? groupOptions = null, string? include = null, string? exclude = null, bool deferred = false, bool strictNamespace = false,
        DependencyCategory? category = null)
    {
        // A condition the evaluator knows picks its branch (webpack evaluates the conditional to
        // it): the condition and the other branch go with the request's known parts.
        List<(int Start, int End)>? dead = null;
        while (request is ConditionalExpression conditional && parser.EvaluateExpression(conditional.Test)?.AsBool() is { } test)
        {
            var branch = test ? conditional.Consequent : conditional.Alternate;
            dead ??= [];
            dead.Add((conditional.Start, branch.Start));
            dead.Add((branch.End, conditional.End));
            request = branch;
        }
        // webpack's wrapped expression: a known prefix or a known suffix around what is not
        // known (`x + ".js"` is the context "." with ^.*\.js$); neither is an expression context.
        var parts = MergedParts(parser, request, out var merged);
        if (parts.Count < 2 || !parts.Exists(static part => part.Text is null))
            return null;
        var suffixPart = parts[^1];
        var hasPrefix = parts[0].Text is not null;
        if (!hasPrefix && suffixPart.Text is null)
            return null;
        var prefix = parts[0].Text ?? "";
        // The suffix's query and fragment (`./dir/${x}.js?q#f`) belong to the context request: they
        // are not matched against file names and the request passed at run time loses them.
        Module.ParseResource(suffixPart.Text ?? "", out var suffix, out var query, out var fragment);
        var prefixPart = parts[0];
        // The folder is the prefix up to its last slash ("." when it has none, the prefix then
        // matched as it is); it may be a module request (`@scope/${name}`), resolved to a folder.
        var slash = prefix.LastIndexOf('/');
        var directory = slash < 0 ? "." : slash == 0 ? "/" : prefix[..slash];
        var rest = slash < 0 ? prefix : "." + prefix[slash..];
        // A template's known parts between its first and last also go into the pattern
        // (`./a/${x}-min-${y}.js` is ^\.\/.*\-min\-.*\.js$); a concatenation's do not, as in webpack.
        var pattern = new System.Text.StringBuilder("^").Append(System.Text.RegularExpressions.Regex.Escape(rest)).Append(".*");
        var patternText = new System.Text.StringBuilder("^").Append(EscapeJs(rest)).Append(".*");
        if (request is TemplateLiteral or TaggedTemplateExpression)
        {
            var inner = new System.Text.StringBuilder();
            for (var i = 1; i < parts.Count - 1; i++)
            {
                if (parts[i].Text is { } known)
                {
                    inner.Append(known);
                    continue;
                }
                if (inner.Length == 0)
                    continue;
                pattern.Append(System.Text.RegularExpressions.Regex.Escape(inner.ToString())).Append(".*");
                patternText.Append(EscapeJs(inner.ToString())).Append(".*");
                inner.Clear();
            }
        }
        pattern.Append(System.Text.RegularExpressions.Regex.Escape(suffix)).Append('$');
        patternText.Append(EscapeJs(suffix)).Append('$');
        var dependency = new ContextDependency(directory + query + fragment, new ContextOptions(Recursive: true, pattern.ToString(), "/" + patternText + "/", mode,
            groupOptions, include, exclude)
        { Deferred = deferred, StrictNamespace = strictNamespace, Category = category })
        { Start = request.Start, End = request.End };
        if (dead is not null)
        {
            foreach (var (start, end) in dead)
                dependency.Replacements.Add((start, end, ""));
        }
        if (hasPrefix)
            dependency.Replacements.Add((prefixPart.Start, prefixPart.End, RequestText(rest, prefixPart.Kind)));
        // A known part that is or holds an expression (`${CONST}`, `+ CONST`) is written as its
        // value, as only the unknown parts are walked; the suffix also when it loses a query or fragment.
        for (var i = 1; i < parts.Count - 1; i++)
        {
            if ((merged[i] || parts[i].Kind == JavascriptParser.RequestPartKind.Unknown) && parts[i].Text is { } text)
                dependency.Replacements.Add((parts[i].Start, parts[i].End, RequestText(text, parts[i].Kind)));
        }
        if (suffixPart.Text is not null && (merged[^1] || suffixPart.Kind == JavascriptParser.RequestPartKind.Unknown || query.Length + fragment.Length > 0))
            dependency.Replacements.Add((suffixPart.Start, suffixPart.End, RequestText(suffix, suffixPart.Kind)));
        var expressions = new List<Node>();
        foreach (var part in parts)
        {
            if (part.Node is { } expression)
                expressions.Add(expression);
        }
        dependency.RequestExpressions = expressions;
        if (parser.ParserOptions.WrappedContextCritical)
            parser.Result.Warnings.Add(parser.Warning(request.Start, "Critical dependency: a part of the request of a dependency is an expression"));
        return dependency;
    }

    /// <summary>
    /// Walks what of <paramref name="request"/> is code: the parts only known at run time when
    /// <paramref name="context"/> took it apart (its known parts were rewritten), else all of it.
    /// </summary>
    public static void WalkRequest(JavascriptParser parser, Node request, ContextDependency context)
    {
        if (context.RequestExpressions is not { } expressions)
        {
            parser.Walk(request);
            return;
        }
        foreach (var expression in expressions)
            parser.Walk(expression);
    }

    // The request's parts with neighbouring known ones merged into one (webpack's evaluator folds
    // `./${"a"}/` into the text "./a/"); merged[i] says part i stands for more than one.
    private static List<JavascriptParser.RequestPart> MergedParts(JavascriptParser parser, Node request, out List<bool> merged)
    {
        var raw = new List<JavascriptParser.RequestPart>();
        parser.AddRequestParts(request, raw);
        var parts = new List<JavascriptParser.RequestPart>(raw.Count);
        merged = new List<bool>(raw.Count);
        foreach (var part in raw)
        {
            if (part.Text is { } text && parts.Count > 0 && parts[^1].Text is { } previous)
            {
                parts[^1] = parts[^1] with { Text = previous + text, End = part.End };
                merged[^1] = true;
                continue;
            }
            parts.Add(part);
            merged.Add(false);
        }
        return parts;
    }

    /// <summary>
    /// webpack's "expression" context: a request with no known prefix (<c>require(name)</c>) is
    /// the context "." with exprContextRegExp false, which holds no module, so the request throws
    /// MODULE_NOT_FOUND at run time, with webpack's critical-dependency warning at <paramref name="expression"/>
    /// (the call or import holding the request).
    /// </summary>
    public static ContextDependency CreateForExpression(JavascriptParser parser, Node expression, Node request, string mode, ChunkGroupOptions? groupOptions = null, string? include = null, string? exclude = null, bool deferred = false, bool strictNamespace = false)
    {
        var dependency = new ContextDependency(".", new ContextOptions(Recursive: true, "", "", mode, groupOptions, include, exclude) { Deferred = deferred, StrictNamespace = strictNamespace }) { Start = request.Start, End = request.End };
        if (parser.ParserOptions.ExprContextCritical)
            parser.Result.Warnings.Add(parser.Warning(expression.Start, "Critical dependency: the request of a dependency is an expression"));
        return dependency;
    }

    // A known part of the request as the source writes it: inside a template (escaped as its
    // kind needs) or as a string literal.
    private static string RequestText(string text, JavascriptParser.RequestPartKind kind) => kind switch
    {
        JavascriptParser.RequestPartKind.Quasi => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal),
        JavascriptParser.RequestPartKind.RawQuasi => text.Replace("`", "\\`", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal),
        _ => CodeGenerationContext.JsonString(text),
    };

    /// <summary>A regular expression literal as a .NET pattern, or null when it cannot be translated.</summary>
    public static string? DotNetPattern(Literal regExp) =>
        Sharpack.Core.Options.JsRegExpTranslator.Translate(regExp.RegexPattern!, regExp.RegexFlags ?? "", out _);

    private static string EscapeJs(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if ("\\^$.*+?()[]{}|/-".Contains(c)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }
}
