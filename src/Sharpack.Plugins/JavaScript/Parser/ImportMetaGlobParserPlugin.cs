// Follows webpack lib/dependencies/ImportMetaGlobDependencyParserPlugin.js and
// ImportMetaGlobHelpers.js (webpack 5.112): import.meta.glob(patterns, { eager, import, query,
// base, exhaustive, caseSensitive }) becomes a context module over the folder its patterns share,
// exporting an object from each match's key to its module (eager) or to a function importing it
// (lazy). Patterns are constant strings, "./" or "../" relative to the importer (or `base`), "/"
// from the project root, or "**"; the query is added to every match's request, not to its key.

using System.Globalization;
using System.Text;
using Sharpack.Core.Make;
using Sharpack.Core.ModuleGraph;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Context;
using Sharpack.Plugins.JavaScript.Dependencies.Context;
using PosixPath = Sharpack.Resolver.PosixPath;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>import.meta.glob.</summary>
public static class ImportMetaGlobParserPlugin
{
    private const string Name = "ImportMetaGlobParserPlugin";

    private const string SupportedOptions = "eager, import, query, base, exhaustive, caseSensitive";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("import.meta.glob").Tap(Name, static (parser, call) =>
        {
            if (!parser.ParserOptions.IsImportMetaFieldEnabled("glob") || call.Callee is not MemberExpression { Object: MetaProperty })
                return null;
            if (Parse(parser, call) is not { } options)
                return true;
            var dependency = new ContextDependency(options.Request, options.Context)
            {
                Start = call.Start,
                End = call.End,
                IsOptional = parser.InTry,
            };
            dependency.Replacements.Add((call.Start, call.End, "__webpack_require__({id})"));
            parser.AddDependency(dependency);
            return true;
        });
    }

    private sealed record Parsed(string Request, ContextOptions Context);

    // webpack's parseImportMetaGlobCall: errors and warnings are reported; null leaves the call as written.
    private static Parsed? Parse(JavascriptParser parser, CallExpression call)
    {
        if (call.Arguments.Length is < 1 or > 2)
        {
            Error(parser, call, "import.meta.glob() requires 1 or 2 arguments");
            return null;
        }
        var first = call.Arguments[0];
        if (first is SpreadElement)
        {
            Warn(parser, first, "import.meta.glob() first argument must be a string literal or array of string literals");
            return null;
        }
        if (Patterns(parser, first) is not { } written)
            return null;
        foreach (var pattern in written)
        {
            var body = pattern.StartsWith('!') ? pattern[1..] : pattern;
            if (!body.StartsWith('/') && !body.StartsWith("./", StringComparison.Ordinal) && !body.StartsWith("../", StringComparison.Ordinal) && !body.StartsWith("**", StringComparison.Ordinal))
                Warn(parser, first, $"import.meta.glob() pattern '{pattern}' must be relative (start with './' or '../'), absolute (start with '/'), or a globstar ('**'); aliases are not resolved");
        }
        ObjectExpression? optionsNode = null;
        if (call.Arguments.Length == 2)
        {
            if (call.Arguments[1] is not ObjectExpression objectNode)
            {
                Error(parser, call.Arguments[1], "import.meta.glob() second argument must be an object literal");
                return null;
            }
            optionsNode = objectNode;
        }
        var options = ReadOptions(parser, optionsNode);
        var importerContext = parser.Module.Directory;
        var rootContext = parser.Options.Context;
        var requestContext = RequestContext(importerContext, rootContext, options.Base);
        var patterns = options.Base is null ? written : RebasePatterns(written, requestContext, rootContext);
        var resolved = new List<ResolvedGlobPattern>(patterns.Count);
        foreach (var pattern in patterns)
            resolved.Add(GlobPatterns.Resolve(pattern, requestContext, rootContext));
        var baseDirectory = GlobPatterns.CommonBaseDirectory(resolved, requestContext);
        var recursive = GlobPatterns.AreRecursive(resolved, baseDirectory);
        var glob = new GlobContextOptions(patterns, requestContext, rootContext, options.ImportName, options.Exhaustive, options.CaseSensitive);
        var context = new ContextOptions(recursive, "", "", options.Eager ? "sync" : "lazy")
        {
            Glob = glob,
            Category = DependencyCategory.Esm,
            StrictNamespace = parser.Module.IsStrictEsm,
        };
        return new Parsed(baseDirectory + options.Query, context);
    }

    private static void Error(JavascriptParser parser, Node node, string message) =>
        parser.Result.Warnings.Add(parser.Warning(node.Start, "ImportMetaGlobError: " + message) with { IsWarning = false });

    private static void Warn(JavascriptParser parser, Node node, string message) =>
        parser.Result.Warnings.Add(parser.Warning(node.Start, "UnsupportedFeatureWarning: " + message));

    // A constant string: what evaluation knows, or a template literal without expressions.
    private static string? StaticString(JavascriptParser parser, Node node) =>
        parser.EvaluateString(node) ?? (node is TemplateLiteral { Expressions.Length: 0 } template ? template.Quasis[0].Cooked : null);

    private static List<string>? Patterns(JavascriptParser parser, Node node)
    {
        if (StaticString(parser, node) is { } single)
            return [single];
        if (node is not ArrayExpression array)
        {
            Warn(parser, node, "import.meta.glob() first argument must be a string literal or array of string literals");
            return null;
        }
        var patterns = new List<string>(array.Elements.Length);
        foreach (var element in array.Elements)
        {
            if (element is null or SpreadElement || StaticString(parser, element) is not { } pattern)
            {
                Warn(parser, (Node?)element ?? array, "import.meta.glob() pattern array elements must be constant strings");
                return null;
            }
            patterns.Add(pattern);
        }
        if (patterns.Count == 0)
        {
            Warn(parser, array, "import.meta.glob() requires at least one pattern");
            return null;
        }
        return patterns;
    }

    private sealed record GlobCallOptions(bool Eager, string? ImportName, string Query, string? Base, bool Exhaustive, bool CaseSensitive);

    private static GlobCallOptions ReadOptions(JavascriptParser parser, ObjectExpression? node)
    {
        bool eager = false, exhaustive = false, caseSensitive = true;
        string? importName = null, basePath = null;
        var query = "";
        if (node is null)
            return new GlobCallOptions(eager, importName, query, basePath, exhaustive, caseSensitive);
        foreach (var item in node.Properties)
        {
            if (item is not Property property)
            {
                Warn(parser, node, "import.meta.glob() options object must only contain constant key-value pairs");
                continue;
            }
            var key = property.Computed ? null : property.Key switch
            {
                Identifier identifier => identifier.Name,
                Literal { Kind: LiteralKind.String } literal => literal.StringValue,
                _ => null,
            };
            if (key is null)
            {
                Warn(parser, property.Key, "import.meta.glob() option keys must be constant strings");
                continue;
            }
            var value = property.Value;
            switch (key)
            {
                case "eager":
                    eager = Boolean(parser, value, eager, "import.meta.glob() 'eager' option must be a constant boolean (true or false), defaulting to false");
                    break;
                case "import":
                    if (StaticString(parser, value) is not { } name)
                        Warn(parser, value, "import.meta.glob() 'import' option must be a constant string, ignoring");
                    else if (name != "*")
                        importName = name;
                    break;
                case "query":
                    if (Query(parser, value) is { } text)
                        query = text;
                    break;
                case "base":
                    if (StaticString(parser, value) is not { } baseText)
                        Warn(parser, value, "import.meta.glob() 'base' option must be a constant string, ignoring");
                    else
                        basePath = baseText;
                    break;
                case "exhaustive":
                    exhaustive = Boolean(parser, value, exhaustive, "import.meta.glob() 'exhaustive' option must be a constant boolean (true or false), defaulting to false");
                    break;
                case "caseSensitive":
                    caseSensitive = Boolean(parser, value, caseSensitive, "import.meta.glob() 'caseSensitive' option must be a constant boolean (true or false), defaulting to true");
                    break;
                case "as":
                    Warn(parser, property, "import.meta.glob() 'as' option is not supported. Use 'query' instead (e.g. { query: '?raw' })");
                    break;
                default:
                    Warn(parser, property, $"import.meta.glob() unsupported option '{key}'. Supported options are: {SupportedOptions}");
                    break;
            }
        }
        return new GlobCallOptions(eager, importName, query, basePath, exhaustive, caseSensitive);
    }

    private static bool Boolean(JavascriptParser parser, Node value, bool fallback, string warning)
    {
        if (parser.EvaluateExpression(value) is { Kind: EvaluatedKind.Boolean } known)
            return known.Boolean;
        Warn(parser, value, warning);
        return fallback;
    }

    // A query string ("?" added when missing) or an object of constant pairs, serialized as
    // URLSearchParams does.
    private static string? Query(JavascriptParser parser, Node value)
    {
        if (StaticString(parser, value) is { } text)
            return NormalizeQuery(text);
        if (value is not ObjectExpression query)
        {
            Warn(parser, value, "import.meta.glob() 'query' option must be a constant string or object");
            return null;
        }
        var builder = new StringBuilder();
        foreach (var item in query.Properties)
        {
            if (item is not Property property)
            {
                Warn(parser, query, "import.meta.glob() 'query' object must only contain constant key-value pairs");
                return null;
            }
            var key = QueryKey(parser, property);
            if (key is null)
            {
                Warn(parser, property.Key, "import.meta.glob() 'query' object keys must be constant strings");
                return null;
            }
            var text2 = StaticString(parser, property.Value) ?? (property.Value is Literal literal ? LiteralText(literal) : null);
            if (text2 is null)
            {
                Warn(parser, property.Value, $"import.meta.glob() 'query' object value for key '{key}' must be a constant string or boolean");
                return null;
            }
            if (builder.Length > 0) builder.Append('&');
            FormEncode(builder, key);
            builder.Append('=');
            FormEncode(builder, text2);
        }
        return NormalizeQuery(builder.ToString());
    }

    private static string? QueryKey(JavascriptParser parser, Property property)
    {
        if (!property.Computed)
        {
            return property.Key switch
            {
                Identifier identifier => identifier.Name,
                Literal { Kind: LiteralKind.String } literal => literal.StringValue,
                Literal literal => LiteralText(literal),
                _ => null,
            };
        }
        return StaticString(parser, property.Key) ?? (property.Key is Literal keyLiteral ? LiteralText(keyLiteral) ?? (keyLiteral.Kind == LiteralKind.Null ? "null" : null) : null);
    }

    // The text of a number or boolean literal, as String() gives it.
    private static string? LiteralText(Literal literal) => literal.Kind switch
    {
        LiteralKind.Boolean => literal.BooleanValue ? "true" : "false",
        LiteralKind.Number => NumberText(literal.NumberValue),
        _ => null,
    };

    private static string NumberText(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e21 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);

    private static string NormalizeQuery(string query) => query.Length == 0 || query.StartsWith('?') ? query : "?" + query;

    // application/x-www-form-urlencoded as URLSearchParams writes it: letters, digits and *-._
    // kept, a space as "+", everything else percent-encoded as UTF-8.
    private static void FormEncode(StringBuilder builder, string text)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '*' or '-' or '.' or '_')
            {
                builder.Append(c);
                continue;
            }
            if (c == ' ')
            {
                builder.Append('+');
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), bytes);
            for (var b = 0; b < length; b++)
                builder.Append('%').Append(bytes[b].ToString("X2", CultureInfo.InvariantCulture));
        }
    }

    // webpack's resolveImportMetaGlobContext: `base` from the importer's folder, or from the
    // project root when it starts with "/".
    private static string RequestContext(string importerContext, string rootContext, string? basePath)
    {
        if (string.IsNullOrEmpty(basePath))
            return importerContext;
        var normalized = GlobPatterns.NormalizePathSeparators(basePath);
        return normalized.StartsWith('/')
            ? PosixPath.Join(rootContext, normalized[1..])
            : PosixPath.Join(importerContext, normalized);
    }

    // webpack's normalizeImportMetaGlobPatterns under a custom base: a "/" pattern becomes
    // relative to the base, so its matches' keys are too.
    private static List<string> RebasePatterns(List<string> patterns, string requestContext, string rootContext)
    {
        var result = new List<string>(patterns.Count);
        foreach (var pattern in patterns)
        {
            var negative = pattern.StartsWith('!');
            var normalized = GlobPatterns.NormalizeSeparators(negative ? pattern[1..] : pattern);
            if (normalized.StartsWith('/'))
            {
                var absolute = GlobPatterns.JoinPattern(GlobPatterns.NormalizePathSeparators(rootContext), normalized[1..]);
                var relative = PosixRelative(requestContext, absolute);
                normalized = relative.Length == 0 ? "./." : relative == ".." ? "../." : relative.StartsWith("../", StringComparison.Ordinal) ? relative : "./" + relative;
            }
            result.Add(negative ? "!" + normalized : normalized);
        }
        return result;
    }

    // node's path.posix.relative between two absolute paths.
    private static string PosixRelative(string from, string to)
    {
        var fromParts = PosixPath.Normalize(from).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = PosixPath.Normalize(to).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length && fromParts[common] == toParts[common])
            common++;
        var builder = new StringBuilder();
        for (var i = common; i < fromParts.Length; i++)
            builder.Append(builder.Length > 0 ? "/.." : "..");
        for (var i = common; i < toParts.Length; i++)
        {
            if (builder.Length > 0) builder.Append('/');
            builder.Append(toParts[i]);
        }
        return builder.ToString();
    }
}
