// One build of one configuration: the module graph (make), the chunk graph and generated code
// (seal), and the assets to emit. Seal is a fixed list of passes, in SealPasses.Run.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Make;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>The state of one build.</summary>
public sealed class Compilation(Compiler compiler)
{
    /// <summary>The compiler this compilation belongs to (its registries of module types, runtime modules, renderer).</summary>
    public Compiler Compiler { get; } = compiler;

    /// <summary>The options of this build.</summary>
    public SharpackOptions Options => Compiler.Options;

    /// <summary>The module graph.</summary>
    public ModuleGraph.ModuleGraph Graph { get; } = new();

    /// <summary>Each entry's dependencies, by entry name in configuration order.</summary>
    public Dictionary<string, List<EntryDependency>> EntryDependencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Chunk groups (entrypoints first, in entry order, then async groups as discovered), set by the chunk graph pass.</summary>
    public List<ChunkGroup> ChunkGroups { get; } = [];

    /// <summary>Chunks, set by the chunk graph pass.</summary>
    public List<Chunk> Chunks { get; } = [];

    /// <summary>Generated code per module, set by the code generation pass.</summary>
    public Dictionary<Module, CodeGenerationResult> CodeGenerationResults { get; } = [];

    /// <summary>Errors collected so far; the build goes on and reports them all.</summary>
    public List<BuildDiagnostic> Errors { get; } = [];

    /// <summary>Warnings collected so far.</summary>
    public List<BuildDiagnostic> Warnings { get; } = [];

    /// <summary>Messages of named loggers (e.g. <c>webpack.CleanPlugin</c>), in the order logged.</summary>
    public List<LogEntry> Logs { get; } = [];

    /// <summary>Assets by file name (relative to <c>output.path</c>), filled by seal.</summary>
    public SortedDictionary<string, Asset> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>The full hash, set by the hashing pass.</summary>
    public string FullHash { get; internal set; } = "";

    /// <summary>Builds the module graph from the entries.</summary>
    public void Make() => new MakePhase(this, Compiler.ModuleTypes).Run();

    /// <summary>Turns the module graph into chunks and assets.</summary>
    public void Seal() => SealPasses.Run(this);

    internal IReadOnlyList<ChunkStats> ChunkStats()
    {
        var result = new List<ChunkStats>(Chunks.Count);
        foreach (var chunk in Chunks)
        {
            var modules = new List<string>(chunk.Modules.Count);
            long size = 0;
            foreach (var module in chunk.Modules)
            {
                modules.Add(module.Id);
                size += module.Size;
            }
            var parents = new SortedSet<string>(StringComparer.Ordinal);
            var children = new SortedSet<string>(StringComparer.Ordinal);
            var siblings = new SortedSet<string>(StringComparer.Ordinal);
            var origins = new List<ChunkOriginStats>();
            foreach (var group in chunk.Groups)
            {
                foreach (var parent in group.Parents)
                    foreach (var c in parent.Chunks) parents.Add(c.Id);
                foreach (var child in group.Children)
                    foreach (var c in child.Chunks) children.Add(c.Id);
                foreach (var c in group.Chunks)
                    if (c != chunk) siblings.Add(c.Id);
                if (group.IsEntrypoint && group.EntrypointChunk == chunk && EntryDependencies.TryGetValue(group.Name!, out var entryDependencies))
                {
                    foreach (var dependency in entryDependencies)
                        origins.Add(new ChunkOriginStats("", "", "", group.Name!, dependency.Request ?? ""));
                }
                foreach (var (module, block) in group.Origins)
                {
                    var (line, column, _) = module.Locate(block.Start);
                    // webpack's formatLocation: 1-based lines, 0-based columns, "l:c-c" or "l:c-l:c".
                    var loc = line > 0 ? $"{line}:{column - 1}" : "";
                    if (line > 0 && block.End > block.Start)
                    {
                        var (endLine, endColumn, _) = module.Locate(block.End);
                        loc += endLine == line ? $"-{endColumn - 1}" : $"-{endLine}:{endColumn - 1}";
                    }
                    origins.Add(new ChunkOriginStats(module.Identifier, module.Identifier, module.ReadableName, loc, block.Request ?? ""));
                }
            }
            var runtime = chunk.Runtime.Length == 0 ? [] : chunk.Runtime.Split('|');
            result.Add(new ChunkStats(chunk.Id, chunk.Name is null ? [] : [chunk.Name], chunk.Files, chunk.IsInitial, chunk.HasRuntime, modules)
            {
                Runtime = runtime,
                Parents = [.. parents],
                Children = [.. children],
                Siblings = [.. siblings],
                Origins = origins,
                Size = size,
            });
        }
        return result;
    }

    internal IReadOnlyList<ModuleStats> ModuleStats()
    {
        // Each module's chunks, in chunk order, by module key. PERF: asking every chunk whether it
        // contains every module (List.Contains) was quadratic: 50 M comparisons for 10,000 modules.
        var modules = Graph.Modules;
        var chunksOf = new List<string>?[modules.Count];
        var lastChunk = new int[modules.Count]; // 1 + the index of the chunk last added, so a chunk counts once
        for (var c = 0; c < Chunks.Count; c++)
        {
            foreach (var module in Chunks[c].Modules)
            {
                var key = module.Key;
                if ((uint)key >= (uint)modules.Count || !ReferenceEquals(modules[key], module) || lastChunk[key] == c + 1)
                    continue;
                lastChunk[key] = c + 1;
                (chunksOf[key] ??= []).Add(Chunks[c].Id);
            }
        }
        var result = new List<ModuleStats>(modules.Count);
        foreach (var module in modules)
        {
            IReadOnlyList<string> chunks = chunksOf[module.Key] ?? (IReadOnlyList<string>)[];
            result.Add(new ModuleStats(module.Id, module.ReadableName, module.Identifier, module.Size, chunks));
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    internal IReadOnlyList<EntrypointStats> EntrypointStats()
    {
        var result = new List<EntrypointStats>();
        foreach (var group in ChunkGroups)
        {
            if (!group.IsEntrypoint || group.Name is null) continue;
            var chunks = new List<string>();
            var assets = new List<string>();
            foreach (var chunk in group.Chunks)
            {
                chunks.Add(chunk.Id);
                assets.AddRange(chunk.Files);
            }
            result.Add(new EntrypointStats(group.Name, chunks, assets));
        }
        return result;
    }
}

/// <summary>An output file: its bytes and the chunks it belongs to.</summary>
public sealed record Asset(byte[] Content, IReadOnlyList<string> ChunkNames);
