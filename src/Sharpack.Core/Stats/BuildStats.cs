// What a build reports: assets, chunks, modules, entrypoints, errors and warnings, in the shape
// of webpack's stats so `--json` output can be read by webpack tooling.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Stats;

/// <summary>The result of a build.</summary>
public sealed class BuildStats
{
    /// <summary>The compilation's full hash.</summary>
    public string Hash { get; init; } = "";

    /// <summary>Build time.</summary>
    public TimeSpan Time { get; init; }

    /// <summary>When the build finished.</summary>
    public DateTimeOffset BuiltAt { get; init; }

    /// <summary>Every asset, in name order.</summary>
    public IReadOnlyList<AssetStats> Assets { get; init; } = [];

    /// <summary>Chunks, by id.</summary>
    public IReadOnlyList<ChunkStats> Chunks { get; init; } = [];

    /// <summary>Modules, by id.</summary>
    public IReadOnlyList<ModuleStats> Modules { get; init; } = [];

    /// <summary>
    /// The runtime modules of the chunks (webpack's runtimeModules, which <c>toJson()</c> lists
    /// among the modules: moduleType "runtime"), by name; the text summary does not show them.
    /// Made when first read (their sizes are their code's): a build printing no JSON does not pay for it.
    /// </summary>
    public IReadOnlyList<ModuleStats> RuntimeModules => _runtimeModules?.Value ?? [];

    private Lazy<IReadOnlyList<ModuleStats>>? _runtimeModules;

    /// <summary>Entrypoints by name.</summary>
    public IReadOnlyList<EntrypointStats> Entrypoints { get; init; } = [];

    /// <summary>Errors, each with file, position and a code frame when known.</summary>
    public IReadOnlyList<BuildDiagnostic> Errors { get; init; } = [];

    /// <summary>Warnings.</summary>
    public IReadOnlyList<BuildDiagnostic> Warnings { get; init; } = [];

    /// <summary>Hints: reported in stats only, never failing the build.</summary>
    public IReadOnlyList<BuildDiagnostic> Hints { get; init; } = [];

    /// <summary>Messages of named loggers, in the order logged.</summary>
    public IReadOnlyList<LogEntry> Logs { get; init; } = [];

    internal static BuildStats From(Compilation compilation, IReadOnlyList<AssetStats> assets, TimeSpan time)
    {
        var byName = new Dictionary<string, ModuleGraph.Module>(StringComparer.Ordinal);
        foreach (var module in compilation.Graph.Modules)
            byName.TryAdd(module.ReadableName, module);
        var modules = new List<ModuleStats>(compilation.ModuleStats());
        for (var i = 0; i < modules.Count; i++)
        {
            if (byName.TryGetValue(modules[i].Name, out var module))
                modules[i] = modules[i] with { Depth = Depth(module) };
        }
        return new()
        {
            Hash = compilation.Hash,
            Time = time,
            BuiltAt = DateTimeOffset.Now,
            Assets = assets,
            Chunks = compilation.ChunkStats(),
            Modules = modules,
            _runtimeModules = new Lazy<IReadOnlyList<ModuleStats>>(() => RuntimeModuleStats(compilation)),
            Entrypoints = compilation.EntrypointStats(),
            Errors = WithModuleTraces(compilation.Errors, byName),
            Warnings = WithModuleTraces(compilation.Warnings, byName),
            Hints = SortedHints(compilation.Hints),
            Logs = compilation.Logs,
        };
    }

    // webpack's compareErrors over compilation.hints: by module, location, then message, whichever
    // hook produced them first.
    private static List<BuildDiagnostic> SortedHints(List<BuildDiagnostic> hints)
    {
        var sorted = new List<BuildDiagnostic>(hints);
        sorted.Sort(static (a, b) =>
        {
            var byFile = string.CompareOrdinal(a.File ?? "", b.File ?? "");
            if (byFile != 0) return byFile;
            if (a.Line != b.Line) return a.Line.CompareTo(b.Line);
            if (a.Column != b.Column) return a.Column.CompareTo(b.Column);
            return string.CompareOrdinal(a.Message, b.Message);
        });
        return sorted;
    }

    // Each runtime module once by name, with the chunks that hold it and the size of its code.
    private static List<ModuleStats> RuntimeModuleStats(Compilation compilation)
    {
        var byName = new Dictionary<string, (ModuleStats Stats, List<string> Chunks)>(StringComparer.Ordinal);
        foreach (var chunk in compilation.Chunks)
        {
            if (chunk.RuntimeModules.Count == 0) continue;
            var context = new Runtime.RuntimeTemplateContext(compilation.Options, compilation.FullHash, chunk);
            foreach (var runtimeModule in chunk.RuntimeModules)
            {
                if (byName.TryGetValue(runtimeModule.Name, out var known))
                {
                    if (!known.Chunks.Contains(chunk.Id)) known.Chunks.Add(chunk.Id);
                    continue;
                }
                var chunks = new List<string> { chunk.Id };
                var stats = new ModuleStats("", runtimeModule.Name, runtimeModule.Name, runtimeModule.Generate(context).Length, chunks)
                {
                    Runtime = true,
                    Details = new Lazy<ModuleStatsDetails>(static () => new ModuleStatsDetails("runtime", null, null, -1, -1, false, null, [], ModuleGraph.UsedExports.NoInfo, null)),
                };
                byName.Add(runtimeModule.Name, (stats, chunks));
            }
        }
        var result = new List<ModuleStats>(byName.Count);
        foreach (var (stats, _) in byName.Values) result.Add(stats);
        result.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    // The number of issuers up to an entry module (webpack's depth, along the first importer).
    private static int Depth(ModuleGraph.Module module)
    {
        var depth = 0;
        for (var current = module.Issuer; current is not null && depth < 10_000; current = current.Issuer)
            depth++;
        return depth;
    }

    // Follows webpack's DefaultStatsFactoryPlugin moduleTrace: from the module of a diagnostic,
    // each issuer and where it imports the module, up to the entry.
    private static List<BuildDiagnostic> WithModuleTraces(IReadOnlyList<BuildDiagnostic> diagnostics, Dictionary<string, ModuleGraph.Module> byName)
    {
        var result = new List<BuildDiagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.File is null || !byName.TryGetValue(diagnostic.File, out var module))
            {
                result.Add(diagnostic);
                continue;
            }
            var trace = new List<ModuleTraceItem>();
            var visited = new HashSet<ModuleGraph.Module>();
            for (var current = module; current.Issuer is { } issuer && visited.Add(current); current = issuer)
                trace.Add(new ModuleTraceItem(issuer.ReadableName, current.IssuerDependency is { } dependency ? Location(issuer, dependency) : null));
            result.Add(trace.Count == 0 ? diagnostic : diagnostic with { ModuleTrace = trace });
        }
        return result;
    }

    // webpack's formatLocation: line:column-endColumn on one line, else line:column-endLine:endColumn,
    // with 0-based columns.
    internal static string Location(ModuleGraph.Module module, ModuleGraph.Dependency dependency)
    {
        var (line, column, _) = module.Locate(dependency.Start);
        var (endLine, endColumn, _) = module.Locate(dependency.End);
        if (line == 0)
            return "";
        return line == endLine ? $"{line}:{column - 1}-{endColumn - 1}" : $"{line}:{column - 1}-{endLine}:{endColumn - 1}";
    }
}

/// <summary>One emitted asset.</summary>
public sealed record AssetStats(string Name, long Size, bool Emitted, IReadOnlyList<string> ChunkNames)
{
    /// <summary>A minimizer minified it (webpack's <c>info.minimized</c>).</summary>
    public bool Minimized { get; init; }

    /// <summary>What is known of the asset (webpack's <c>info</c>), or null when nothing is.</summary>
    public AssetInfo? Info { get; init; }
}

/// <summary>One chunk.</summary>
public sealed record ChunkStats(string Id, IReadOnlyList<string> Names, IReadOnlyList<string> Files, bool Initial, bool Entry, IReadOnlyList<string> Modules)
{
    /// <summary>The runtimes the chunk belongs to.</summary>
    public IReadOnlyList<string> Runtime { get; init; } = [];

    /// <summary>True when the chunk carries a runtime.</summary>
    public bool Rendered { get; init; } = true;

    /// <summary>Ids of the chunks of the groups that load this chunk's groups.</summary>
    public IReadOnlyList<string> Parents { get; init; } = [];

    /// <summary>Ids of the chunks of the groups this chunk's groups load.</summary>
    public IReadOnlyList<string> Children { get; init; } = [];

    /// <summary>Ids of the other chunks of this chunk's groups.</summary>
    public IReadOnlyList<string> Siblings { get; init; } = [];

    /// <summary>Where the chunk is loaded from.</summary>
    public IReadOnlyList<ChunkOriginStats> Origins { get; init; } = [];

    /// <summary>The sum of the chunk's module sizes.</summary>
    public long Size { get; init; }

    /// <summary>The chunk's id name hints (a split chunk's cache group), in order.</summary>
    public IReadOnlyList<string> IdHints { get; init; } = [];

    /// <summary>Why a plugin made the chunk (webpack's chunkReason), or null.</summary>
    public string? Reason { get; init; }
}

/// <summary>Where a chunk is loaded from: an entry (<c>loc</c> is the entry name) or an import() in a module.</summary>
public sealed record ChunkOriginStats(string Module, string ModuleIdentifier, string ModuleName, string Loc, string Request);

/// <summary>One module.</summary>
public sealed record ModuleStats(string Id, string Name, string Identifier, long Size, IReadOnlyList<string> Chunks)
{
    /// <summary>How many importers lie between the module and its entry (0 for an entry module).</summary>
    public int Depth { get; init; }

    /// <summary>Why optimizations left the module as it is (webpack's optimizationBailout).</summary>
    public IReadOnlyList<string> OptimizationBailout { get; init; } = [];

    /// <summary>True for a runtime module (no id, no depth).</summary>
    public bool Runtime { get; init; }

    /// <summary>True for a module merged into a concatenated module (listed by JSON stats as an orphan, not by the text summary).</summary>
    public bool Merged { get; init; }

    /// <summary>The modules merged into this one (a concatenated module's, webpack's nested modules), or null.</summary>
    public IReadOnlyList<ModuleStats>? Modules { get; init; }

    /// <summary>
    /// What only the JSON stats show (type, issuer, reasons, used and provided exports), computed
    /// when first read: a build that prints no JSON does not pay for it. Null for a module the
    /// compilation did not make.
    /// </summary>
    public Lazy<ModuleStatsDetails>? Details { get; init; }
}

/// <summary>The details of a module webpack's <c>toJson()</c> shows.</summary>
/// <param name="ModuleType">webpack's module type (<c>javascript/auto</c>, <c>json</c>, <c>javascript/esm</c> for a concatenated module…).</param>
/// <param name="Layer">The module's layer, or null.</param>
/// <param name="NameForCondition">The resource rules match on, or null.</param>
/// <param name="PreOrderIndex">The module's index in the first depth-first walk from the entries (webpack's preOrderIndex), -1 when not reached.</param>
/// <param name="PostOrderIndex">Its index when that walk leaves it (postOrderIndex), -1 when not reached.</param>
/// <param name="Orphan">True when the module is in no chunk.</param>
/// <param name="Issuer">The module that first imported it, or null for an entry module.</param>
/// <param name="Reasons">Its incoming connections.</param>
/// <param name="UsedExports">Which exports are used (in any runtime).</param>
/// <param name="ProvidedExports">The exports it provides; null when unknown.</param>
public sealed record ModuleStatsDetails(
    string ModuleType, string? Layer, string? NameForCondition, int PreOrderIndex, int PostOrderIndex, bool Orphan,
    ModuleReferenceStats? Issuer, IReadOnlyList<ModuleReasonStats> Reasons, UsedExports UsedExports, IReadOnlyList<string>? ProvidedExports);

/// <summary>A module as another module's stats name it (identifier, readable name, id).</summary>
public sealed record ModuleReferenceStats(string Identifier, string Name, string Id);

/// <summary>One incoming connection of a module (webpack's stats reason).</summary>
/// <param name="Origin">The module whose dependency it is; null for an entry.</param>
/// <param name="ResolvedOrigin">The origin before optimizations moved the connection (a re-export skipped, a module concatenated), or null.</param>
/// <param name="Type">The dependency's type (<c>harmony side effect evaluation</c>, <c>cjs require</c>…), or null.</param>
/// <param name="Active">Whether the connection is active in some runtime.</param>
/// <param name="Explanation">Why an optimization changed the connection, or "".</param>
/// <param name="UserRequest">The request as written, or null.</param>
/// <param name="Loc">Where the dependency is in the origin (webpack's formatLocation), or null.</param>
public sealed record ModuleReasonStats(
    ModuleReferenceStats? Origin, ModuleReferenceStats? ResolvedOrigin, string? Type, bool Active, string Explanation, string? UserRequest, string? Loc);

/// <summary>One entrypoint.</summary>
public sealed record EntrypointStats(string Name, IReadOnlyList<string> Chunks, IReadOnlyList<string> Assets);

/// <summary>An error or warning: message, optional module, position and code frame.</summary>
public sealed record BuildDiagnostic(string Message, string? File = null, int Line = 0, int Column = 0, string? CodeFrame = null)
{
    /// <summary>
    /// The message names its own subject (webpack's compilation-level errors such as "asset size
    /// limit: …"): printed as <c>WARNING in &lt;message&gt;</c> rather than under a module.
    /// </summary>
    public bool Inline { get; init; }

    /// <summary>A warning: reported, but the build still succeeds.</summary>
    public bool IsWarning { get; init; }

    /// <summary>The line where the code in question ends (1-based), or 0 when only the start is known.</summary>
    public int EndLine { get; init; }

    /// <summary>The column where the code in question ends (1-based, exclusive), or 0.</summary>
    public int EndColumn { get; init; }

    /// <summary>
    /// webpack's formatLocation with 0-based columns: <c>line:column</c>, <c>line:column-endColumn</c>
    /// on one line, <c>line:column-endLine:endColumn</c> across lines; "" without a position.
    /// </summary>
    public string Location => Line <= 0 ? ""
        : EndLine <= 0 ? $"{Line}:{Column - 1}"
        : EndLine == Line ? $"{Line}:{Column - 1}-{EndColumn - 1}"
        : $"{Line}:{Column - 1}-{EndLine}:{EndColumn - 1}";

    /// <summary>More about the problem (e.g. the paths a failed resolution tried); shown with <c>stats.errorDetails</c>.</summary>
    public string? Details { get; init; }

    /// <summary>The importers of <see cref="File"/>, nearest first, up to the entry (webpack's moduleTrace).</summary>
    public IReadOnlyList<ModuleTraceItem> ModuleTrace { get; init; } = [];

    /// <summary><c>file:line:column: message</c> then the code frame, as printed to the terminal.</summary>
    public override string ToString()
    {
        var head = File is null ? Message : Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
        return CodeFrame is null ? head : head + "\n" + CodeFrame;
    }
}

/// <summary>One step of a module trace: the importing module and where it imports (e.g. <c>1:0-25</c>).</summary>
public sealed record ModuleTraceItem(string OriginName, string? Location);
