// Follows webpack lib/NormalModuleFactory.js (resolveRequestArray, the ident translation in
// factorize) and lib/config/defaults.js (getResolveLoaderDefaults): a loader named in a rule or an
// inline request becomes the file that implements it. A name a C# loader is registered under
// stays that name; any other is resolved with the loader resolver (resolveLoader over webpack's
// loader defaults) — rule loaders from the compiler's context, inline ones from the requesting
// module's folder — and the module's chain then holds the absolute path, as webpack's does (so
// the module's identifier and `this.loaders` name files). webpack 5 no longer adds `-loader` to a
// bare name; when that would have found it, the error says so. Inline `??ident` options are the
// rule options of that ident (a pitching loader's remaining request names them that way).
// The same resolution answers a loader's `this.resolve` and `getResolve(options)`.

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Resolver;
using ResolverOptions = Sharpack.Resolver.ResolveOptions;

namespace Sharpack.Core.Make;

/// <summary>Resolves loaders to files, and requests made by loaders.</summary>
internal sealed class LoaderResolution
{
    private readonly SharpackOptions _options;
    private readonly LoaderRegistry _registry;
    private readonly ResolverCache _cache;
    private readonly Sharpack.Resolver.Resolver _loaderResolver;
    private readonly ResolverOptions _normalBase;
    private readonly Dictionary<string, JsonObject> _references;
    private readonly ConcurrentDictionary<(string Context, string Loader), Resolved> _resolved = new();
    private readonly ConcurrentDictionary<string, Sharpack.Resolver.Resolver> _requestResolvers = new(StringComparer.Ordinal);

    private sealed record Resolved(string? Path, string Query, string? Type, string? Error);

    public LoaderResolution(SharpackOptions options, LoaderRegistry registry, ResolverCache cache)
    {
        _options = options;
        _registry = registry;
        _cache = cache;
        var loaderDefaults = new ResolverOptions
        {
            ConditionNames = ["loader", "require", "node"],
            ExportsFields = ["exports"],
            MainFields = ["loader", "main"],
            Extensions = [".js"],
            MainFiles = ["index"],
            Modules = ["node_modules"],
        };
        _loaderResolver = new Sharpack.Resolver.Resolver(
            options.ResolveLoader is { } user ? MakePhase.Merge(loaderDefaults, MakePhase.ToResolverOptions(user)) : loaderDefaults, cache);
        var defaults = ResolverOptions.WebpackDefaults(web: options.Target.BrowserField ?? !options.Target.IsNode, production: options.Mode == BuildMode.Production, targetConditions: options.Target.ResolveConditions);
        // webpack's normal resolver without a dependency type resolves as for CommonJS (byDependency.undefined).
        _normalBase = MakePhase.Merge(defaults.ForDependency("commonjs"), MakePhase.ToResolverOptions(options.Resolve));
        _references = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        CollectReferences(options.Rules, _references);
    }

    /// <summary>
    /// <paramref name="items"/> with each loader resolved from <paramref name="context"/>; null and
    /// <paramref name="error"/> when one does not resolve (webpack's "Module not found" for a loader).
    /// <paramref name="inline"/> items may name rule options by ident (<c>loader??ident</c>).
    /// </summary>
    public IReadOnlyList<LoaderItem>? Resolve(IReadOnlyList<LoaderItem> items, string context, bool inline, out string? error)
    {
        error = null;
        LoaderItem[]? result = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var resolved = ResolveOne(item, context, inline, out error);
            if (resolved is null)
                return null;
            if (!ReferenceEquals(resolved, item))
            {
                result ??= [.. items];
                result[i] = resolved;
            }
        }
        return result ?? items;
    }

    private LoaderItem? ResolveOne(LoaderItem item, string context, bool inline, out string? error)
    {
        error = null;
        if (inline && item.Query is { Length: > 0 } query && query[0] == '?')
        {
            // webpack's "translate option idents": `loader??ident` takes the options of that ident.
            var ident = query[1..];
            if (ident == "[[missing ident]]")
            {
                error = "No ident is provided by referenced loader. When using a function for Rule.use in config you need to provide an 'ident' property for referenced loader options.";
                return null;
            }
            if (!_references.TryGetValue(ident, out var referenced))
            {
                error = "Invalid ident is provided by referenced loader";
                return null;
            }
            item = item with { Query = null, Options = referenced, Ident = ident };
        }
        if (_registry.IsRegistered(item.Loader))
            return item;
        var found = _resolved.GetOrAdd((context, item.Loader), static (key, self) => self.ResolveLoader(key.Context, key.Loader), this);
        if (found.Path is null)
        {
            error = "Module not found: Error: " + found.Error;
            return null;
        }
        // webpack: a query the resolution kept (`loader?x` in a rule's string) is the options when none were given.
        var options = item.Query is null && item.Options is null && found.Query.Length > 0 ? found.Query[1..] : item.Query;
        return item with { Loader = found.Path, Query = options, Type = found.Type };
    }

    private Resolved ResolveLoader(string context, string loader)
    {
        // Rspack's names for loaders built into the bundler: a plugin registers its own (the CSS
        // extract plugin's loader); without the plugin there is no file to fall back to.
        if (loader.StartsWith("builtin:", StringComparison.Ordinal))
            return new Resolved(null, "", null, $"Can't resolve '{loader}' in '{context}': no plugin of this build provides that built-in loader (a plugin's loader, such as CssExtractPlugin.loader, needs its plugin in `plugins`).");
        var request = loader;
        // A file: URL names its file (enhanced-resolve parses such a request as a path).
        if (request.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(request, UriKind.Absolute, out var url) && url.IsFile)
            request = url.LocalPath;
        ResolveResult result;
        try
        {
            result = _loaderResolver.Resolve(request, context, trackDependencies: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Resolved(null, "", null, $"Can't resolve '{loader}' in '{context}': {e.Message}");
        }
        if (result.Kind == ResolveResultKind.Resolved)
        {
            var path = result.Path!;
            // webpack's loader type: .mjs is an ES module, .cjs CommonJS, else its package.json's "type".
            var type = path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase) ? "module"
                : path.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase) ? "commonjs"
                : result.DescriptionFile?.Field("type") is { ValueKind: JsonValueKind.String } packageType ? packageType.GetString() : null;
            return new Resolved(path, result.Query, type, null);
        }
        var message = result.Error ?? $"Can't resolve '{loader}' in '{context}'";
        if (!loader.Contains('/') && !loader.EndsWith("-loader", StringComparison.Ordinal)
            && _loaderResolver.Resolve(loader + "-loader", context, trackDependencies: false).Kind == ResolveResultKind.Resolved)
        {
            message += "\nBREAKING CHANGE: It's no longer allowed to omit the '-loader' suffix when using loaders.\n" +
                $"                 You need to specify '{loader}-loader' instead of '{loader}',\n" +
                "                 see https://webpack.js.org/migrate/3/#automatic-loader-module-name-extension-removed";
        }
        return new Resolved(null, "", null, message);
    }

    /// <summary>
    /// A loader's <c>this.resolve(context, request)</c> (<paramref name="options"/> null) or a
    /// resolver from <c>getResolve(options)</c>: webpack's normal resolver, with the options given.
    /// </summary>
    public ResolveResult ResolveRequest(string context, string request, JsonObject? options)
    {
        var key = options is null ? "" : options.ToJsonString();
        var resolver = _requestResolvers.GetOrAdd(key, static (_, state) => new Sharpack.Resolver.Resolver(state.Self.RequestOptions(state.Options), state.Self._cache),
            (Self: this, Options: options));
        return resolver.Resolve(request, context, trackDependencies: true);
    }

    // getResolve's options over the normal resolver's (webpack's resolver.withOptions: cleverMerge,
    // "..." in a list standing for the base list); dependencyType picks byDependency's entry.
    private ResolverOptions RequestOptions(JsonObject? options)
    {
        if (options is null)
            return _normalBase;
        var dependencyType = options["dependencyType"] is JsonValue type && type.TryGetValue<string>(out var typeName) ? typeName : null;
        var defaults = ResolverOptions.WebpackDefaults(web: _options.Target.BrowserField ?? !_options.Target.IsNode, production: _options.Mode == BuildMode.Production, targetConditions: _options.Target.ResolveConditions);
        var baseOptions = dependencyType is null ? _normalBase : MakePhase.Merge(defaults.ForDependency(dependencyType), MakePhase.ToResolverOptions(_options.Resolve));
        return MakePhase.Merge(baseOptions, new ResolverOptions
        {
            Extensions = Strings(options["extensions"]),
            MainFields = Strings(options["mainFields"]),
            MainFiles = Strings(options["mainFiles"]),
            Modules = Strings(options["modules"]),
            ConditionNames = Strings(options["conditionNames"]),
            ExportsFields = Strings(options["exportsFields"]),
            ImportsFields = Strings(options["importsFields"]),
            AliasFields = Strings(options["aliasFields"]),
            DescriptionFiles = Strings(options["descriptionFiles"]),
            Alias = Alias(options["alias"]),
            Fallback = Alias(options["fallback"]),
            Symlinks = Bool(options["symlinks"]),
            FullySpecified = Bool(options["fullySpecified"]),
            EnforceExtension = Bool(options["enforceExtension"]),
            PreferRelative = Bool(options["preferRelative"]),
            PreferAbsolute = Bool(options["preferAbsolute"]),
        });
    }

    private static List<string>? Strings(JsonNode? node)
    {
        if (node is not JsonArray array)
            return null;
        var result = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonValue value && value.TryGetValue<string>(out var text))
                result.Add(text);
        }
        return result;
    }

    private static bool? Bool(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    // The object form { key: target | [targets] | false }.
    private static AliasEntry[]? Alias(JsonNode? node)
    {
        if (node is not JsonObject obj)
            return null;
        var entries = new List<AliasEntry>(obj.Count);
        foreach (var (key, value) in obj)
        {
            if (value is JsonValue single && single.TryGetValue<string>(out var target))
                entries.Add(new AliasEntry(key, target));
            else if (value is JsonValue flag && flag.TryGetValue<bool>(out var enabled) && !enabled)
                entries.Add(AliasEntry.Ignore(key));
            else if (Strings(value) is { } targets)
                entries.Add(new AliasEntry(key, [.. targets]));
        }
        return [.. entries];
    }

    // webpack's ruleSet.references: object options by ident (a rule's own, or its path).
    private static void CollectReferences(IReadOnlyList<ModuleRule> rules, Dictionary<string, JsonObject> references)
    {
        foreach (var rule in rules)
        {
            foreach (var item in rule.Use)
            {
                if (item is { Options: { } options, Ident: { } ident })
                    references.TryAdd(ident, options);
            }
            CollectReferences(rule.Rules, references);
            CollectReferences(rule.OneOf, references);
        }
    }
}
