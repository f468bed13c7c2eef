// Follows enhanced-resolve lib/ResolverFactory.js and lib/Resolver.js: the public entry point.
// A Resolver holds one set of options, compiled once (lists deduplicated, module folders grouped,
// conditions in a set), and the shared ResolverCache; Resolve runs the pipeline of
// Resolver.Hooks.cs and turns its outcome into a ResolveResult. Instances are immutable and safe
// to use from many threads at once.

using System.Collections.Frozen;

namespace Sharpack.Resolver;

/// <summary>Resolves requests the way webpack's enhanced-resolve does.</summary>
public sealed partial class Resolver
{
    private readonly ResolverCache _cache;
    private readonly string[] _extensions;
    private readonly (string Extension, string[] Aliases)[] _extensionAlias;
    private readonly bool _typeScriptSources;
    private readonly string[] _mainFields;
    private readonly string[] _mainFiles;
    private readonly ModulesEntry[] _modules;
    private readonly AliasEntry[] _alias;
    private readonly AliasEntry[] _fallback;
    private readonly FrozenSet<string> _conditionNames;
    private readonly string[] _exportsFields;
    private readonly string[] _importsFields;
    private readonly string[] _aliasFields;
    private readonly string[] _descriptionFiles;
    private readonly bool _symlinks;
    private readonly bool _fullySpecified;
    private readonly bool _enforceExtension;
    private readonly bool _preferRelative;
    private readonly bool _preferAbsolute;
    private readonly bool _resolveToContext;
    private readonly string[] _roots;
    private readonly string[] _restrictions;
    private readonly System.Text.RegularExpressions.Regex[] _restrictionPatterns;
    private readonly TsConfigPaths? _tsConfig;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DescriptionLevel> _descriptionLevels = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _paths = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver for <paramref name="options"/> over <paramref name="cache"/> (a new cache of the disk when null).</summary>
    public Resolver(ResolveOptions options, ResolverCache? cache = null)
    {
        Options = options;
        _cache = cache ?? new ResolverCache();
        _extensions = Distinct(options.Extensions ?? [".js", ".json", ".node"]);
        _enforceExtension = options.EnforceExtension ?? _extensions.Contains("");
        var extensionAlias = new List<(string, string[])>();
        if (options.ExtensionAlias is not null)
        {
            foreach (var (extension, aliases) in options.ExtensionAlias) extensionAlias.Add((extension, aliases));
        }
        _extensionAlias = [.. extensionAlias];
        _typeScriptSources = options.TypeScriptSources == true;
        _mainFields = Distinct(options.MainFields ?? ["main"]);
        _mainFiles = Distinct(options.MainFiles ?? ["index"]);
        _modules = GroupModules(options.Modules ?? ["node_modules"]);
        _alias = [.. options.Alias ?? []];
        _fallback = [.. options.Fallback ?? []];
        _conditionNames = (options.ConditionNames ?? []).ToFrozenSet(StringComparer.Ordinal);
        _exportsFields = Distinct(options.ExportsFields ?? ["exports"]);
        _importsFields = Distinct(options.ImportsFields ?? ["imports"]);
        _aliasFields = Distinct(options.AliasFields ?? []);
        _descriptionFiles = Distinct(options.DescriptionFiles ?? ["package.json"]);
        _symlinks = options.Symlinks ?? true;
        _fullySpecified = options.FullySpecified ?? false;
        _preferRelative = options.PreferRelative ?? false;
        _preferAbsolute = options.PreferAbsolute ?? false;
        _resolveToContext = options.ResolveToContext ?? false;
        _roots = Distinct(options.Roots ?? []);
        _restrictions = [.. (options.Restrictions ?? []).Select(PathUtil.Normalize)];
        _restrictionPatterns = [.. options.RestrictionPatterns ?? []];
        if (options.TsConfig is not null) _tsConfig = TsConfigPaths.Load(options.TsConfig, _cache);
    }

    /// <summary>The options this resolver was made with.</summary>
    public ResolveOptions Options { get; }

    /// <summary>The caches it reads through.</summary>
    public ResolverCache Cache => _cache;

    /// <summary>Resolves <paramref name="request"/> in <paramref name="options"/> with a new resolver over <paramref name="cache"/>.</summary>
    public static ResolveResult Resolve(string request, string contextDirectory, ResolveOptions options, ResolverCache? cache = null)
        => new Resolver(options, cache).Resolve(request, contextDirectory);

    /// <summary>Resolves <paramref name="request"/> as written in a module in <paramref name="contextDirectory"/>.</summary>
    public ResolveResult Resolve(string request, string contextDirectory) => Resolve(request, contextDirectory, trackDependencies: true);

    /// <summary>
    /// Resolves <paramref name="request"/> as written in a module in <paramref name="contextDirectory"/>;
    /// with <paramref name="trackDependencies"/> false the result's file and missing dependencies are empty.
    /// </summary>
    public ResolveResult Resolve(string request, string contextDirectory, bool trackDependencies)
    {
        if (request.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return new ResolveResult(ResolveResultKind.DataUri, request, contextDirectory);
        if (request.StartsWith("node:", StringComparison.Ordinal))
            return new ResolveResult(ResolveResultKind.Builtin, request, contextDirectory);

        var context = new ResolveContext(trackDependencies);
        var start = new Request { Path = contextDirectory, RequestText = request, Query = "", Fragment = "" };
        var outcome = Run(Hook.Resolve, start, context);
        switch (outcome.Kind)
        {
            case OutcomeKind.Found:
                return ResultOf(outcome.Result, request, contextDirectory, context);
            case OutcomeKind.Error:
                return Failure(request, contextDirectory, outcome.Error!, context);
            default:
                return Failure(request, contextDirectory, $"Can't resolve '{request}' in '{contextDirectory}'", context);
        }
    }

    // The public result for one found request (a path, or ignored by an alias to false).
    private static ResolveResult ResultOf(Request found, string request, string contextDirectory, ResolveContext context) =>
        new(found.Ignored ? ResolveResultKind.Ignored : ResolveResultKind.Resolved, request, contextDirectory)
        {
            Path = found.Ignored ? null : found.Path,
            Query = found.Query ?? "",
            Fragment = found.Fragment ?? "",
            DescriptionFile = found.Description,
            FileDependencies = context.FileDependencies,
            MissingDependencies = context.MissingDependencies,
        };

    /// <summary>
    /// Resolves <paramref name="request"/> to every result it can have (enhanced-resolve's <c>yield</c>,
    /// which webpack uses for a context's folder): each target of an alias array, each folder of
    /// <c>resolve.modules</c>, and an <see cref="ResolveResultKind.Ignored"/> result for each alias
    /// to <c>false</c> on the way, in the order they were found. When nothing is found the one
    /// result is the error <see cref="Resolve(string, string, bool)"/> would give.
    /// </summary>
    public IReadOnlyList<ResolveResult> ResolveAll(string request, string contextDirectory, bool trackDependencies)
    {
        if (request.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || request.StartsWith("node:", StringComparison.Ordinal))
            return [Resolve(request, contextDirectory, trackDependencies)];

        var context = new ResolveContext(trackDependencies) { Yielded = [] };
        var start = new Request { Path = contextDirectory, RequestText = request, Query = "", Fragment = "" };
        var outcome = Run(Hook.Resolve, start, context);
        if (outcome.Kind == OutcomeKind.Error)
            return [Failure(request, contextDirectory, outcome.Error!, context)];
        // A plugin that answered in spite of yield counts as one more result, as in Resolver.resolve.
        if (outcome.Kind == OutcomeKind.Found)
            context.Yielded.Add(outcome.Result);
        if (context.Yielded.Count == 0)
            return [Failure(request, contextDirectory, $"Can't resolve '{request}' in '{contextDirectory}'", context)];
        var results = new ResolveResult[context.Yielded.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = ResultOf(context.Yielded[i], request, contextDirectory, context);
        return results;
    }

    private static ResolveResult Failure(string request, string contextDirectory, string message, ResolveContext context)
        => new(ResolveResultKind.Error, request, contextDirectory)
        {
            Error = message,
            FileDependencies = context.FileDependencies,
            MissingDependencies = context.MissingDependencies,
        };

    private static string[] Distinct(IEnumerable<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var item in items)
        {
            if (seen.Add(item)) list.Add(item);
        }
        return [.. list];
    }

    // mergeFilteredToArray: consecutive folder names become one hierarchical entry, each
    // absolute path its own root entry.
    private static ModulesEntry[] GroupModules(IEnumerable<string> modules)
    {
        var result = new List<ModulesEntry>();
        List<string>? names = null;
        foreach (var item in Distinct(modules))
        {
            var type = PathUtil.GetType(item);
            if (type is PathType.Normal or PathType.Relative)
            {
                if (names is null)
                {
                    names = [];
                    result.Add(new ModulesEntry(null, names));
                }
                names.Add(item);
            }
            else
            {
                names = null;
                result.Add(new ModulesEntry(item, null));
            }
        }
        return [.. result];
    }

    private sealed record ModulesEntry(string? Root, List<string>? Names);
}
