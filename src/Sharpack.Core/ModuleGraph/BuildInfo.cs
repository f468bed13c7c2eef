// Follows webpack lib/NormalModule.js (buildInfo): what a module's build read, so watch mode can
// tell when it must be built again. The resource file itself is a file dependency once it was
// read; loaders add more (a file they inlined, a folder they listed, a file they looked for and
// did not find, a file their own code depends on). The sets are made on first use: a module
// without loaders carries its resource path and nothing else.

namespace Sharpack.Core.ModuleGraph;

/// <summary>What a module's build depended on (webpack's <c>buildInfo</c>).</summary>
public sealed class BuildInfo
{
    private readonly string? _resourcePath;
    private HashSet<string>? _files;
    private HashSet<string>? _contexts;
    private HashSet<string>? _missing;
    private HashSet<string>? _build;
    private Dictionary<string, ModuleAsset>? _assets;

    /// <summary>A build that read <paramref name="resourcePath"/> (null when the resource was not read, e.g. a pitching loader answered).</summary>
    public BuildInfo(string? resourcePath = null) => _resourcePath = resourcePath is not null && IsFile(resourcePath) ? resourcePath : null;

    /// <summary>False when a loader said its result cannot be cached (<c>this.cacheable(false)</c>) or the build failed.</summary>
    public bool Cacheable { get; set; } = true;

    /// <summary>Files whose change invalidates the module: the resource file, then what loaders added.</summary>
    public IReadOnlyCollection<string> FileDependencies => Files();

    /// <summary>Folders whose change (a file added or removed) invalidates the module.</summary>
    public IReadOnlyCollection<string> ContextDependencies => (IReadOnlyCollection<string>?)_contexts ?? [];

    /// <summary>Paths that did not exist and whose creation invalidates the module.</summary>
    public IReadOnlyCollection<string> MissingDependencies => (IReadOnlyCollection<string>?)_missing ?? [];

    /// <summary>Files the build's tools depend on (a loader's own code and configuration).</summary>
    public IReadOnlyCollection<string> BuildDependencies => (IReadOnlyCollection<string>?)_build ?? [];

    /// <summary>Files a loader emitted (webpack's <c>buildInfo.assets</c>), by name; written to the output after seal.</summary>
    public IReadOnlyDictionary<string, ModuleAsset> Assets => (IReadOnlyDictionary<string, ModuleAsset>?)_assets ?? s_noAssets;

    private static readonly Dictionary<string, ModuleAsset> s_noAssets = [];

    private Dictionary<string, string>? _parseMeta;

    /// <summary>
    /// What loaders left for the module's parser and the plugins that read it (Rspack's parse meta,
    /// set with <c>this.__internal__setParseMeta(key, value)</c>), by key; empty when none.
    /// </summary>
    public IReadOnlyDictionary<string, string> ParseMeta => (IReadOnlyDictionary<string, string>?)_parseMeta ?? s_noParseMeta;

    private static readonly Dictionary<string, string> s_noParseMeta = [];

    /// <summary>Sets (or replaces) a parse meta entry.</summary>
    public void SetParseMeta(string key, string value) => (_parseMeta ??= new(StringComparer.Ordinal))[key] = value;

    /// <summary>Adds (or replaces) an emitted file.</summary>
    public void AddAsset(string name, ModuleAsset asset) => (_assets ??= new(StringComparer.Ordinal))[name] = asset;

    /// <summary>Adds a file dependency (a data: URI, which holds its content, is none).</summary>
    public void AddFileDependency(string path)
    {
        if (IsFile(path))
            Files().Add(path);
    }

    private static bool IsFile(string path) => !path.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a context (folder) dependency.</summary>
    public void AddContextDependency(string path) => (_contexts ??= new(StringComparer.Ordinal)).Add(path);

    /// <summary>Adds a missing dependency.</summary>
    public void AddMissingDependency(string path) => (_missing ??= new(StringComparer.Ordinal)).Add(path);

    /// <summary>Adds a build dependency.</summary>
    public void AddBuildDependency(string path) => (_build ??= new(StringComparer.Ordinal)).Add(path);

    private HashSet<string> Files()
    {
        if (_files is null)
        {
            _files = new HashSet<string>(StringComparer.Ordinal);
            if (_resourcePath is not null)
                _files.Add(_resourcePath);
        }
        return _files;
    }
}
