// Follows webpack lib/dependencies/ImportParserPlugin.js: import() opens an async block (its own
// chunk group) unless webpackMode says eager or weak; magic comments name the chunk and ask for
// prefetch/preload; an expression with a static prefix is a lazy context.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>import().</summary>
public static class ImportParserPlugin
{
    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.ImportCall.Tap("ImportParserPlugin", static (parser, import) => Import(parser, import) ? true : null);
    }

    private static bool Import(JavascriptParser parser, ImportExpression import)
    {
        // import: false leaves import() to the runtime (ImportPlugin is off, magic comments too).
        if (!parser.ParserOptions.Import)
            return false;
        var magic = ImportMagic(parser, import);
        if (magic.Ignore)
            return false;
        if (parser.EvaluateString(import.Source) is { } request)
        {
            switch (magic.Mode)
            {
                case "eager":
                    parser.AddDependency(new ImportEagerDependency(request) { Start = import.Start, End = import.End, Phase = magic.Phase });
                    break;
                case "weak":
                    parser.AddDependency(new ImportWeakDependency(request) { Start = import.Start, End = import.End, Phase = magic.Phase });
                    break;
                default:
                    var block = new AsyncDependenciesBlock(magic.GroupOptions, request, import.Start) { End = import.End };
                    parser.AddBlock(block);
                    parser.AddToBlock(block, new ImportDependency(request, block) { Start = import.Start, End = import.End, Phase = magic.Phase });
                    break;
            }
            if (import.Options is not null) parser.Walk(import.Options);
            return true;
        }
        var contextMode = magic.Mode == "weak" ? "async-weak" : magic.Mode;
        var deferred = magic.Phase == ImportPhase.Defer;
        var context = ContextDependencyHelpers.Create(parser, import.Source, contextMode, magic.GroupOptions, magic.Include, magic.Exclude, deferred)
            ?? ContextDependencyHelpers.CreateForExpression(parser, import, import.Source, contextMode, magic.GroupOptions, magic.Include, magic.Exclude, deferred);
        context.Replacements.Add((import.Start, import.Source.Start, "__webpack_require__({id})("));
        context.Replacements.Add((import.Source.End, import.End, ")"));
        parser.AddDependency(context);
        ContextDependencyHelpers.WalkRequest(parser, import.Source, context);
        if (import.Options is not null) parser.Walk(import.Options);
        return true;
    }

    private sealed record ImportOptions(bool Ignore, string Mode, ChunkGroupOptions GroupOptions, string? Include, string? Exclude)
    {
        /// <summary>webpack's import phase: <c>import.defer()</c>, or <c>webpackDefer: true</c> with deferImport on.</summary>
        public ImportPhase Phase { get; init; }
    }

    private static ImportOptions ImportMagic(JavascriptParser parser, ImportExpression import)
    {
        var errors = new List<string>();
        var magic = MagicComments.Parse(parser.Source, parser.Comments, import.Start, import.End, errors);
        foreach (var error in errors) parser.Result.Warnings.Add(parser.Warning(import.Start, error));
        var options = parser.ParserOptions;
        // module.parser.javascript.dynamicImport* are the defaults the magic comments override.
        var defaultPrefetch = options.DynamicImportPrefetch is { } p ? (int?)p : null;
        var defaultPreload = options.DynamicImportPreload is { } q ? (int?)q : null;
        var phase = options.DeferImport && import.Phase == ImportPhase.Defer ? ImportPhase.Defer : ImportPhase.Evaluation;
        if (magic.Count == 0)
        {
            return new ImportOptions(false, options.DynamicImportMode,
                defaultPrefetch is null && defaultPreload is null && options.DynamicImportFetchPriority is null
                    ? ChunkGroupOptions.Empty
                    : new ChunkGroupOptions(null, defaultPrefetch, defaultPreload, options.DynamicImportFetchPriority), null, null)
            { Phase = phase };
        }
        if (options.DeferImport && magic.TryGetValue("webpackDefer", out var deferValue))
        {
            if (deferValue.Boolean is { } defer)
                phase = defer ? ImportPhase.Defer : phase;
            else
                parser.Result.Warnings.Add(parser.Warning(import.Start, "webpackDefer magic comment expected a boolean value."));
        }
        var ignore = false;
        if (magic.TryGetValue("webpackIgnore", out var ignoreValue))
        {
            if (ignoreValue.Boolean is { } b) ignore = b;
            else Expected(parser, import, "webpackIgnore", "a boolean", ignoreValue);
        }
        var mode = options.DynamicImportMode;
        if (magic.TryGetValue("webpackMode", out var modeValue))
        {
            if (modeValue.String is "lazy" or "lazy-once" or "eager" or "weak") mode = modeValue.String;
            else Expected(parser, import, "webpackMode", "a string (\"lazy\", \"lazy-once\", \"eager\" or \"weak\")", modeValue);
        }
        string? name = null;
        if (magic.TryGetValue("webpackChunkName", out var nameValue))
        {
            if (nameValue.String is { } n) name = n;
            else Expected(parser, import, "webpackChunkName", "a string", nameValue);
        }
        var prefetch = magic.ContainsKey("webpackPrefetch") ? Order(parser, import, magic, "webpackPrefetch") : defaultPrefetch;
        var preload = magic.ContainsKey("webpackPreload") ? Order(parser, import, magic, "webpackPreload") : defaultPreload;
        var fetchPriority = options.DynamicImportFetchPriority;
        if (magic.TryGetValue("webpackFetchPriority", out var priorityValue))
        {
            if (priorityValue.String is "high" or "low" or "auto") fetchPriority = priorityValue.String;
            else Expected(parser, import, "webpackFetchPriority", "true or \"low\", \"high\" or \"auto\"", priorityValue);
        }
        if (magic.TryGetValue("webpackExports", out var exportsValue) && exportsValue.String is null && exportsValue.Strings is null)
            Expected(parser, import, "webpackExports", "a string or an array of strings", exportsValue);
        var include = ContextRegExp(parser, import, magic, "webpackInclude");
        var exclude = ContextRegExp(parser, import, magic, "webpackExclude");
        return new ImportOptions(ignore, mode, new ChunkGroupOptions(name, prefetch, preload, fetchPriority), include, exclude) { Phase = phase };
    }

    private static int? Order(JavascriptParser parser, ImportExpression import, Dictionary<string, MagicValue> magic, string key)
    {
        if (!magic.TryGetValue(key, out var value))
            return null;
        if (value.Boolean is { } b) return b ? 0 : null;
        if (value.Number is { } n && n == Math.Floor(n)) return (int)n;
        Expected(parser, import, key, "true or a number", value);
        return null;
    }

    private static string? ContextRegExp(JavascriptParser parser, ImportExpression import, Dictionary<string, MagicValue> magic, string key)
    {
        if (!magic.TryGetValue(key, out var value))
            return null;
        if (value.RegExp is { } regExp && Sharpack.Core.Options.JsRegExpTranslator.Translate(regExp.Source, regExp.Flags, out _) is { } pattern)
            return pattern;
        Expected(parser, import, key, "a regular expression", value);
        return null;
    }

    private static void Expected(JavascriptParser parser, ImportExpression import, string key, string expected, MagicValue received) =>
        parser.Result.Warnings.Add(parser.Warning(import.Start, $"`{key}` expected {expected}, but received: {received}."));
}
