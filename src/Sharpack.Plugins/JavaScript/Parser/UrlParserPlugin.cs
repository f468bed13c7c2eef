// Follows webpack lib/url/URLParserPlugin.js: `new URL(request, import.meta.url)` whose request
// evaluates to a string is an asset dependency (UrlDependency); a folder request (".", "..", a
// trailing "/") is no asset, so the URL stays and import.meta.url becomes the runtime's base URI,
// as it does under a `webpackIgnore: true` comment. parser.url false leaves every `new URL` alone.
// import.meta.resolve("x") is the same URL's href (webpack 5.112's ImportMetaResolveDependency).

using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Url;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary><c>new URL("./x", import.meta.url)</c>.</summary>
public static class UrlParserPlugin
{
    private const string Name = "URLParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        // `URL` passed on as an argument (an IIFE's parameter) is still the URL class.
        hooks.CanRename.For("URL").Tap(Name, static (_, _) => true);
        hooks.New.For("URL").Tap(Name, static (parser, expression) => New(parser, expression));
        // webpack's ImportMetaPlugin: import.meta.resolve("x") is the asset's URL as a string.
        hooks.Call.For("import.meta.resolve").Tap(Name, static (parser, call) => ImportMetaResolve(parser, call));
    }

    private static bool? ImportMetaResolve(JavascriptParser parser, CallExpression call)
    {
        var options = parser.ParserOptions;
        if (!options.IsImportMetaFieldEnabled("resolve") || call.Arguments.Length != 1 || call.Arguments[0] is SpreadElement)
            return null;
        if (parser.EvaluateExpression(call.Arguments[0])?.AsString() is not { } request)
            return null;
        parser.AddDependency(new UrlDependency(request, options.Url == "relative")
        {
            Start = call.Start,
            End = call.End,
            OuterStart = call.Start,
            OuterEnd = call.End,
            Resolve = true,
        });
        return true;
    }

    private static bool? New(JavascriptParser parser, NewExpression expression)
    {
        var options = parser.ParserOptions;
        if (options.Url == "false" || expression.Arguments.Length != 2 || expression.Arguments[0] is SpreadElement)
            return null;
        var (request, @base) = (expression.Arguments[0], expression.Arguments[1]);
        if (!options.IsImportMetaFieldEnabled("url") || !IsImportMetaUrl(@base))
            return null;
        var magic = parser.ParseCommentOptions(expression);
        if (magic.TryGetValue("webpackIgnore", out var ignore))
        {
            if (ignore.Boolean is not { } ignored)
            {
                parser.Result.Warnings.Add(parser.Warning(expression.Start, $"`webpackIgnore` expected a boolean, but received: {ignore}."));
                return null;
            }
            if (ignored)
            {
                KeepNewUrl(parser, @base);
                return true;
            }
        }
        if (parser.EvaluateExpression(request)?.AsString() is not { } value)
            return options.DynamicUrl ? UrlContext(parser, expression, request, magic) : null;
        if (value is "." or ".." || value.EndsWith('/'))
        {
            KeepNewUrl(parser, @base);
            return true;
        }
        parser.AddDependency(new UrlDependency(value, options.Url == "relative")
        {
            Start = request.Start,
            End = @base.End,
            OuterStart = expression.Start,
            OuterEnd = expression.End,
        });
        return true;
    }

    // A request known only in part (`./img/${name}.png`): webpack's URLContextDependency, a sync
    // context of assets whose element's URL (a string) the expression becomes.
    private static bool? UrlContext(JavascriptParser parser, NewExpression expression, Node request, Dictionary<string, MagicValue> magic)
    {
        var include = ImportParserPlugin.ContextRegExp(parser, expression, magic, "webpackInclude");
        var exclude = ImportParserPlugin.ContextRegExp(parser, expression, magic, "webpackExclude");
        if (ContextDependencyHelpers.Create(parser, request, "sync", include: include, exclude: exclude, category: Core.ModuleGraph.DependencyCategory.Url) is not { } context)
            return null;
        context.IsOptional = parser.InTry;
        context.Replacements.Add((expression.Start, request.Start, "__webpack_require__({id})("));
        context.Replacements.Add((request.End, expression.End, ")"));
        parser.AddDependency(context);
        ContextDependencyHelpers.WalkRequest(parser, request, context);
        return true;
    }

    // webpack's keepNewURL: the URL is the platform's, resolved against the runtime's base URI.
    private static void KeepNewUrl(JavascriptParser parser, Node @base) =>
        parser.Replace(@base.Start, @base.End, "__webpack_require__.b", Core.Runtime.RuntimeGlobals.BaseUri);

    /// <summary><paramref name="expression"/> is <c>new URL("static", import.meta.url)</c> of the free URL, which this plugin makes an asset's URL.</summary>
    internal static bool IsStaticAssetUrl(JavascriptParser parser, NewExpression expression) =>
        expression is { Callee: Identifier { Name: "URL", Symbol: -1 }, Arguments: [not SpreadElement, var @base] }
        && parser.ParserOptions.Url != "false" && parser.ParserOptions.IsImportMetaFieldEnabled("url") && IsImportMetaUrl(@base)
        && parser.EvaluateExpression(expression.Arguments[0])?.AsString() is not null;

    /// <summary>webpack's ImportMetaPlugin isPure: <c>import.meta.resolve("./x")</c> of a known request computes a URL string without side effects.</summary>
    internal static bool IsStaticImportMetaResolve(JavascriptParser parser, CallExpression call) =>
        call is { Arguments: [not SpreadElement], Callee: MemberExpression { Object: MetaProperty { Meta.Name: "import", Property.Name: "meta" } } callee }
        && callee switch
        {
            { Computed: false, Property: Identifier { Name: "resolve" } } => true,
            { Computed: true, Property: Literal { Kind: LiteralKind.String, StringValue: "resolve" } } => true,
            _ => false,
        }
        && parser.ParserOptions.IsImportMetaFieldEnabled("resolve")
        && parser.EvaluateExpression(call.Arguments[0])?.AsString() is not null;

    /// <summary>Whether <paramref name="node"/> is <c>import.meta.url</c>.</summary>
    internal static bool IsImportMetaUrl(Node node) =>
        node is MemberExpression { Computed: false, Object: MetaProperty { Meta.Name: "import", Property.Name: "meta" }, Property: Identifier { Name: "url" } };
}
