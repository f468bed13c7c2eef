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
        hooks.ImportCall.Tap(Name, static (parser, import) => Import(parser, import) ? true : null);
        ApplyNamespaceBinding(hooks);
    }

    private const string Name = "ImportParserPlugin";

    private const string BindingTag = "import() namespace";

    // The namespace an import() resolves to, bound to a name (webpack's dynamicImportTag):
    // `const m = await import("x")` (or let, var) or the parameter of `import("x").then(m => …)`.
    // A read of the whole namespace is the export path [] (all of it).
    private sealed class NamespaceBinding(Identifier declaration) : ExportsBinding(declaration)
    {
        public override void UseWhole() => Referenced.Add([]);
    }

    private static void ApplyNamespaceBinding(JavascriptParserHooks hooks)
    {
        hooks.Expression.For(BindingTag).Tap(Name, static (parser, node) =>
        {
            if (node is not Identifier { Symbol: >= 0 } identifier || parser.GetTag(identifier.Symbol)?.Data is not NamespaceBinding binding)
                return null;
            binding.Read(parser, identifier);
            return true;
        });
        hooks.ExpressionMemberChain.For(BindingTag).Tap(Name, static (parser, member, _) =>
        {
            if (JavascriptParser.GetMemberChain(member, out var root) is not { } members || root is not Identifier { Symbol: >= 0 } identifier
                || parser.GetTag(identifier.Symbol)?.Data is not NamespaceBinding binding)
                return null;
            var length = JavascriptParser.NonOptionalLength(member, members.Length);
            IReadOnlyList<string> ids = length == members.Length ? members : members[..length];
            // A called member's object is its `this`, used whole (the namespace itself only with
            // strictThisContextOnImports), as webpack's callMemberChain does.
            if (ids.Count == members.Length && parser.IsCallee(member) && (parser.ParserOptions.StrictThisContextOnImports || ids.Count > 1))
                ids = members[..^1];
            binding.ReadMembers(ids);
            return true;
        });
        hooks.Finish.Tap(Name, static (parser, _) =>
        {
            foreach (var dependency in parser.Result.Dependencies)
                Settle(parser, dependency);
            foreach (var block in parser.Result.Blocks)
                SettleBlock(parser, block);
        });
    }

    private static void SettleBlock(JavascriptParser parser, AsyncDependenciesBlock block)
    {
        foreach (var dependency in block.Dependencies)
            Settle(parser, dependency);
        foreach (var inner in block.Blocks)
            SettleBlock(parser, inner);
    }

    // A binding read in a way not seen (passed on, exported) uses the whole namespace.
    private static void Settle(JavascriptParser parser, Dependency dependency)
    {
        if (dependency is not DynamicImportDependency { Binding: NamespaceBinding binding } import)
            return;
        if (binding.Escaped(parser))
            import.ReferencedExports = null;
        import.Binding = null;
    }

    // What the import's namespace is used for, when the code says (webpack's importCall with
    // webpackExports, destructuring, `await` into a const, `.then` with a callback); null: all of it.
    // A binding to tag is returned too; its reads are added as they are walked.
    private static (IReadOnlyList<IReadOnlyList<string>>? References, NamespaceBinding? Binding) ReferencesOf(JavascriptParser parser, ImportExpression import, IReadOnlyList<string>? webpackExports)
    {
        var analysed = AnalysedReferences(parser, import);
        if (webpackExports is null)
            return analysed;
        // What the code reads wins over the comment (webpack warns that it is not needed).
        if (analysed.References is not null)
        {
            parser.Result.Warnings.Add(parser.Warning(import.Start,
                "You don't need `webpackExports` if the usage of dynamic import is statically analyse-able. You can safely remove the `webpackExports` magic comment."));
            return analysed;
        }
        return (Paths(webpackExports), null);
    }

    private static (IReadOnlyList<IReadOnlyList<string>>? References, NamespaceBinding? Binding) AnalysedReferences(JavascriptParser parser, ImportExpression import)
    {
        if (parser.DestructuringAssignmentPropertiesFor(import) is { } keys)
            return (Paths(keys), null);
        if (parser.DeclaratorIdForAwaited(import) is { } id)
            return Bind(parser, id);
        if (parser.ImportThenFor(import) is { Arguments: [FunctionNode { Params: [var first, ..] } and (FunctionExpression or ArrowFunctionExpression), ..] })
        {
            if (first is Identifier { Symbol: >= 0 } parameter)
                return Bind(parser, parameter);
            if (first is ObjectPattern pattern && parser.ObjectPatternKeys(pattern) is { } patternKeys)
                return (Paths(patternKeys), null);
        }
        return (null, null);
    }

    private static (IReadOnlyList<IReadOnlyList<string>>?, NamespaceBinding?) Bind(JavascriptParser parser, Identifier name)
    {
        var binding = new NamespaceBinding(name);
        parser.TagVariable(name.Symbol, BindingTag, binding);
        return (binding.Referenced, binding);
    }

    private static IReadOnlyList<string>[] Paths(IReadOnlyList<string> keys)
    {
        var paths = new IReadOnlyList<string>[keys.Count];
        for (var i = 0; i < paths.Length; i++) paths[i] = [keys[i]];
        return paths;
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
            var (references, binding) = ReferencesOf(parser, import, magic.Exports);
            DynamicImportDependency dependency = magic.Mode switch
            {
                "eager" => new ImportEagerDependency(request) { Start = import.Start, End = import.End, Phase = magic.Phase },
                "weak" => new ImportWeakDependency(request) { Start = import.Start, End = import.End, Phase = magic.Phase },
                _ => new ImportDependency(request, new AsyncDependenciesBlock(magic.GroupOptions, request, import.Start) { End = import.End })
                {
                    Start = import.Start,
                    End = import.End,
                    Phase = magic.Phase,
                },
            };
            dependency.ReferencedExports = references;
            dependency.Binding = binding;
            if (dependency is ImportDependency { ImportBlock: var block })
            {
                parser.AddBlock(block);
                parser.AddToBlock(block, dependency);
            }
            else
            {
                parser.AddDependency(dependency);
            }
            if (import.Options is not null) parser.Walk(import.Options);
            return true;
        }
        var contextMode = magic.Mode == "weak" ? "async-weak" : magic.Mode;
        var deferred = magic.Phase == ImportPhase.Defer;
        // webpack's namespaceObject: "strict" for a strict ES module's import().
        var strict = parser.Module.IsStrictEsm;
        var context = ContextDependencyHelpers.Create(parser, import.Source, contextMode, magic.GroupOptions, magic.Include, magic.Exclude, deferred, strict)
            ?? ContextDependencyHelpers.CreateForExpression(parser, import, import.Source, contextMode, magic.GroupOptions, magic.Include, magic.Exclude, deferred, strict);
        context.Replacements.Add((import.Start, import.Source.Start, "__webpack_require__({id})("));
        context.Replacements.Add((import.Source.End, import.End, ")"));
        parser.AddDependency(context);
        ContextDependencyHelpers.WalkRequest(parser, import.Source, context);
        if (import.Options is not null) parser.Walk(import.Options);
        return true;
    }

    private sealed record ImportOptions(bool Ignore, string Mode, ChunkGroupOptions GroupOptions, string? Include, string? Exclude)
    {
        /// <summary>webpackExports: the exports the import uses, or null.</summary>
        public IReadOnlyList<string>? Exports { get; init; }

        /// <summary>webpack's import phase: <c>import.defer()</c>, or <c>webpackDefer: true</c> with deferImport on.</summary>
        public ImportPhase Phase { get; init; }
    }

    private static ImportOptions ImportMagic(JavascriptParser parser, ImportExpression import)
    {
        var magic = parser.ParseCommentOptions(import);
        var options = parser.ParserOptions;
        // module.parser.javascript.dynamicImport* are the defaults the magic comments override.
        var defaultPrefetch = options.DynamicImportPrefetch is { } p ? (int?)p : null;
        var defaultPreload = options.DynamicImportPreload is { } q ? (int?)q : null;
        var phase = import.Phase switch
        {
            ImportPhase.Defer when options.DeferImport => ImportPhase.Defer,
            ImportPhase.Source when options.SourceImport => ImportPhase.Source,
            _ => ImportPhase.Evaluation,
        };
        var cssPreload = options.DynamicImportCssPreload is { } c ? (int?)c : null;
        if (magic.Count == 0)
        {
            return new ImportOptions(false, options.DynamicImportMode,
                defaultPrefetch is null && defaultPreload is null && cssPreload is null && options.DynamicImportFetchPriority is null
                    ? ChunkGroupOptions.Empty
                    : new ChunkGroupOptions(null, defaultPrefetch, defaultPreload, options.DynamicImportFetchPriority) { CssPreloadOrder = cssPreload }, null, null)
            { Phase = phase };
        }
        // webpack's createGetImportPhase: webpackDefer, then webpackSource, override the syntax.
        var phaseSet = false;
        if (options.DeferImport && magic.TryGetValue("webpackDefer", out var deferValue))
        {
            if (deferValue.Boolean is { } defer)
            {
                phase = defer ? ImportPhase.Defer : phase;
                phaseSet = true;
            }
            else
            {
                parser.Result.Warnings.Add(parser.Warning(import.Start, "webpackDefer magic comment expected a boolean value."));
            }
        }
        if (!phaseSet && options.SourceImport && magic.TryGetValue("webpackSource", out var sourceValue))
        {
            if (sourceValue.Boolean is { } source)
                phase = source ? ImportPhase.Source : phase;
            else
                parser.Result.Warnings.Add(parser.Warning(import.Start, "webpackSource magic comment expected a boolean value."));
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
        IReadOnlyList<string>? exports = null;
        if (magic.TryGetValue("webpackExports", out var exportsValue))
        {
            if (exportsValue.String is { } single) exports = [single];
            else if (exportsValue.Strings is { } several) exports = several;
            else Expected(parser, import, "webpackExports", "a string or an array of strings", exportsValue);
        }
        var include = ContextRegExp(parser, import, magic, "webpackInclude");
        var exclude = ContextRegExp(parser, import, magic, "webpackExclude");
        return new ImportOptions(ignore, mode, new ChunkGroupOptions(name, prefetch, preload, fetchPriority) { CssPreloadOrder = cssPreload }, include, exclude) { Phase = phase, Exports = exports };
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

    /// <summary>
    /// A webpackInclude/webpackExclude comment's RegExp as a .NET pattern, or null (a warning at
    /// <paramref name="import"/> when the comment holds something else): for import() and new URL() contexts.
    /// </summary>
    internal static string? ContextRegExp(JavascriptParser parser, Node import, Dictionary<string, MagicValue> magic, string key)
    {
        if (!magic.TryGetValue(key, out var value))
            return null;
        if (value.RegExp is { } regExp && Sharpack.Core.Options.JsRegExpTranslator.Translate(regExp.Source, regExp.Flags, out _) is { } pattern)
            return pattern;
        Expected(parser, import, key, "a regular expression", value);
        return null;
    }

    private static void Expected(JavascriptParser parser, Node import, string key, string expected, MagicValue received) =>
        parser.Result.Warnings.Add(parser.Warning(import.Start, $"`{key}` expected {expected}, but received: {received}."));
}
