// webpack's `resolve` options, with webpack's names and meanings. A null property means "not set":
// the resolver then uses enhanced-resolve's default, and ForDependency lets a `byDependency`
// entry override only what it sets, where "..." inside a list stands for the base list (webpack's
// cleverMerge). WebpackDefaults builds the options webpack 5 uses for a target and mode
// (lib/config/defaults.js, getResolveDefaults).

using System.Text.RegularExpressions;

namespace Sharpack.Resolver;

/// <summary>Resolution options (webpack's <c>resolve</c>).</summary>
public sealed record ResolveOptions
{
    /// <summary>Extensions tried in order (default <c>.js .json .node</c>); "" in the list enforces an extension.</summary>
    public IReadOnlyList<string>? Extensions { get; init; }

    /// <summary>Extension → replacements tried in order (e.g. <c>.js</c> → <c>.ts .js</c>).</summary>
    public IReadOnlyDictionary<string, string[]>? ExtensionAlias { get; init; }

    /// <summary>package.json fields naming the entry file (default <c>main</c>).</summary>
    public IReadOnlyList<string>? MainFields { get; init; }

    /// <summary>File names tried in a folder (default <c>index</c>).</summary>
    public IReadOnlyList<string>? MainFiles { get; init; }

    /// <summary>Module folders: names searched in every ancestor (default <c>node_modules</c>) and absolute paths searched as they are.</summary>
    public IReadOnlyList<string>? Modules { get; init; }

    /// <summary>Aliases, tried before the request is resolved.</summary>
    public IReadOnlyList<AliasEntry>? Alias { get; init; }

    /// <summary>Aliases tried only when normal resolution fails.</summary>
    public IReadOnlyList<AliasEntry>? Fallback { get; init; }

    /// <summary>Conditions of package <c>exports</c>/<c>imports</c> (besides <c>default</c>).</summary>
    public IReadOnlyList<string>? ConditionNames { get; init; }

    /// <summary>package.json fields read as <c>exports</c> (default <c>exports</c>).</summary>
    public IReadOnlyList<string>? ExportsFields { get; init; }

    /// <summary>package.json fields read as <c>imports</c> (default <c>imports</c>).</summary>
    public IReadOnlyList<string>? ImportsFields { get; init; }

    /// <summary>package.json fields read as alias maps, like <c>browser</c> (default none).</summary>
    public IReadOnlyList<string>? AliasFields { get; init; }

    /// <summary>Description file names (default <c>package.json</c>).</summary>
    public IReadOnlyList<string>? DescriptionFiles { get; init; }

    /// <summary>Resolve symlinks to real paths (default true).</summary>
    public bool? Symlinks { get; init; }

    /// <summary>Requests must name the file exactly (no extension or main file added).</summary>
    public bool? FullySpecified { get; init; }

    /// <summary>Never try the request without an added extension (default: whether <see cref="Extensions"/> holds "").</summary>
    public bool? EnforceExtension { get; init; }

    /// <summary>Try a module request (<c>a/b</c>) as a relative one (<c>./a/b</c>) first.</summary>
    public bool? PreferRelative { get; init; }

    /// <summary>Try an absolute request in <see cref="Roots"/> only after as an absolute path.</summary>
    public bool? PreferAbsolute { get; init; }

    /// <summary>Resolve to a directory instead of a file (enhanced-resolve's <c>resolveToContext</c>): how webpack finds a context's folder.</summary>
    public bool? ResolveToContext { get; init; }

    /// <summary>Folders in which server-relative requests (<c>/x</c>) are resolved.</summary>
    public IReadOnlyList<string>? Roots { get; init; }

    /// <summary>Result paths must be inside one of these folders.</summary>
    public IReadOnlyList<string>? Restrictions { get; init; }

    /// <summary>Result paths must match these expressions.</summary>
    public IReadOnlyList<Regex>? RestrictionPatterns { get; init; }

    /// <summary>A tsconfig.json whose <c>compilerOptions.paths</c> and <c>baseUrl</c> (and <c>extends</c>) apply.</summary>
    public string? TsConfig { get; init; }

    /// <summary>
    /// TypeScript's ES module style: a relative request for <c>./a.js</c> (<c>.jsx</c>, <c>.mjs</c>,
    /// <c>.cjs</c>) that does not resolve resolves to the TypeScript file <c>./a.ts</c> or <c>./a.tsx</c>
    /// (<c>.tsx</c>, <c>.mts</c>, <c>.cts</c>) when there is one, as esbuild does; the error stays the
    /// request's own. On in the bundler's defaults.
    /// </summary>
    public bool? TypeScriptSources { get; init; }

    /// <summary>Options by dependency type (<c>esm</c>, <c>commonjs</c>, <c>url</c>, <c>worker</c>, …), applied over these by <see cref="ForDependency"/>.</summary>
    public IReadOnlyDictionary<string, ResolveOptions>? ByDependency { get; init; }

    /// <summary>These options with the <see cref="ByDependency"/> entry for <paramref name="dependencyType"/> applied.</summary>
    public ResolveOptions ForDependency(string dependencyType)
    {
        if (ByDependency is null || !ByDependency.TryGetValue(dependencyType, out var o)) return this with { ByDependency = null };
        return new ResolveOptions
        {
            Extensions = Merge(Extensions, o.Extensions),
            ExtensionAlias = o.ExtensionAlias ?? ExtensionAlias,
            TypeScriptSources = o.TypeScriptSources ?? TypeScriptSources,
            MainFields = Merge(MainFields, o.MainFields),
            MainFiles = Merge(MainFiles, o.MainFiles),
            Modules = Merge(Modules, o.Modules),
            Alias = o.Alias ?? Alias,
            Fallback = o.Fallback ?? Fallback,
            ConditionNames = Merge(ConditionNames, o.ConditionNames),
            ExportsFields = Merge(ExportsFields, o.ExportsFields),
            ImportsFields = Merge(ImportsFields, o.ImportsFields),
            AliasFields = Merge(AliasFields, o.AliasFields),
            DescriptionFiles = Merge(DescriptionFiles, o.DescriptionFiles),
            Symlinks = o.Symlinks ?? Symlinks,
            FullySpecified = o.FullySpecified ?? FullySpecified,
            EnforceExtension = o.EnforceExtension ?? EnforceExtension,
            PreferRelative = o.PreferRelative ?? PreferRelative,
            PreferAbsolute = o.PreferAbsolute ?? PreferAbsolute,
            Roots = Merge(Roots, o.Roots),
            Restrictions = Merge(Restrictions, o.Restrictions),
            RestrictionPatterns = o.RestrictionPatterns ?? RestrictionPatterns,
            TsConfig = o.TsConfig ?? TsConfig,
        };
    }

    // cleverMerge for arrays: the override replaces the base, "..." in it expands to the base.
    private static IReadOnlyList<string>? Merge(IReadOnlyList<string>? baseList, IReadOnlyList<string>? over)
    {
        if (over is null) return baseList;
        if (!over.Contains("...")) return over;
        var merged = new List<string>();
        foreach (var item in over)
        {
            if (item == "...")
            {
                if (baseList is not null) merged.AddRange(baseList);
            }
            else
            {
                merged.Add(item);
            }
        }
        return merged;
    }

    /// <summary>
    /// webpack 5's resolve defaults (lib/config/defaults.js) for a web target (or node when
    /// <paramref name="web"/> is false) in production (or development) mode, with its
    /// <c>byDependency</c> entries for <c>esm</c>, <c>commonjs</c>, <c>url</c> and <c>worker</c>.
    /// </summary>
    /// <param name="web">Whether the browser field is read (and, without <paramref name="targetConditions"/>, the <c>browser</c> condition rather than <c>node</c>).</param>
    /// <param name="production">Production (or development) mode.</param>
    /// <param name="targetConditions">The conditions the target adds after <c>webpack</c> and the mode, when known.</param>
    /// <param name="css">CSS is built in: an ES import (and an entry) may name a <c>.css</c> file without its extension, after the JavaScript ones.</param>
    /// <param name="html">HTML is built in: an ES import (and an entry) may name a <c>.html</c> file without its extension, after the JavaScript ones.</param>
    /// <param name="htmlFirst">With <paramref name="html"/>: <c>.html</c> before the JavaScript extensions (HTML turned on explicitly, so <c>./src</c> finds <c>src/index.html</c>).</param>
    public static ResolveOptions WebpackDefaults(bool web = true, bool production = true, IReadOnlyList<string>? targetConditions = null, bool css = false, bool html = false, bool htmlFirst = false)
    {
        string[] conditions = targetConditions is not null
            ? ["webpack", production ? "production" : "development", .. targetConditions]
            : web
                ? ["webpack", production ? "production" : "development", "browser"]
                : ["webpack", production ? "production" : "development", "node"];
        string[] jsExtensions = [".js", ".json", ".wasm", ".ts", ".tsx", ".mts", ".cts", ".jsx"];
        string[] aliasFields = web ? ["browser"] : [];
        string[] mainFields = web ? ["browser", "module", "..."] : ["module", "..."];
        var esm = new ResolveOptions
        {
            AliasFields = aliasFields,
            MainFields = mainFields,
            ConditionNames = ["import", "module-sync", "module", "..."],
            Extensions = [.. html && htmlFirst ? [".html"] : (string[])[], .. jsExtensions, .. html && !htmlFirst ? [".html"] : (string[])[], .. css ? [".css"] : (string[])[]],
        };
        var commonjs = esm with { ConditionNames = ["require", "module-sync", "module", "..."], Extensions = jsExtensions };
        var cssImport = new ResolveOptions
        {
            MainFiles = [],
            MainFields = ["style", "..."],
            ConditionNames = ["webpack", production ? "production" : "development", "style"],
            Extensions = [".css"],
            PreferRelative = true,
        };
        return new ResolveOptions
        {
            Modules = ["node_modules"],
            ConditionNames = conditions,
            MainFiles = ["index"],
            TypeScriptSources = true,
            Extensions = [],
            AliasFields = [],
            ExportsFields = ["exports"],
            ImportsFields = ["imports"],
            MainFields = ["main"],
            ByDependency = new Dictionary<string, ResolveOptions>
            {
                ["esm"] = esm,
                ["wasm"] = esm,
                ["commonjs"] = commonjs,
                ["amd"] = commonjs,
                ["unknown"] = commonjs,
                ["url"] = new ResolveOptions { PreferRelative = true },
                ["worker"] = esm with { ConditionNames = ["worker", "import", "module-sync", "module", "..."], PreferRelative = true },
                // CSS @import resolves as a browser would read the URL: no main files of a folder
                // (a stylesheet names its file), a package's `style` field and condition first.
                ["css-import"] = cssImport,
                ["css-import-local-module"] = cssImport,
                ["css-import-global-module"] = cssImport,
            },
        };
    }
}
