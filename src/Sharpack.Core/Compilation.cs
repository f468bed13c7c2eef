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
public sealed class Compilation(Compiler compiler, CompilationParams parameters)
{
    /// <summary>webpack's Compilation.STAGE_BASIC (-10): basic optimizations (e.g. removing empty chunks).</summary>
    public const int StageBasic = -10;

    /// <summary>webpack's Compilation.STAGE_DEFAULT (0).</summary>
    public const int StageDefault = 0;

    /// <summary>webpack's Compilation.STAGE_ADVANCED (10): advanced optimizations (e.g. split chunks).</summary>
    public const int StageAdvanced = 10;

    /// <summary>processAssets: add assets (-2000).</summary>
    public const int ProcessAssetsStageAdditional = -2000;

    /// <summary>processAssets: basic preprocessing (-1000).</summary>
    public const int ProcessAssetsStagePreProcess = -1000;

    /// <summary>processAssets: assets derived from others (-200).</summary>
    public const int ProcessAssetsStageDerived = -200;

    /// <summary>processAssets: additions to assets (banners…) (-100).</summary>
    public const int ProcessAssetsStageAdditions = -100;

    /// <summary>processAssets: optimize (100).</summary>
    public const int ProcessAssetsStageOptimize = 100;

    /// <summary>processAssets: reduce the number of assets (200).</summary>
    public const int ProcessAssetsStageOptimizeCount = 200;

    /// <summary>processAssets: compatibility (300).</summary>
    public const int ProcessAssetsStageOptimizeCompatibility = 300;

    /// <summary>processAssets: minimize (400).</summary>
    public const int ProcessAssetsStageOptimizeSize = 400;

    /// <summary>processAssets: development tooling, e.g. source maps (500).</summary>
    public const int ProcessAssetsStageDevTooling = 500;

    /// <summary>processAssets: inline assets into others (700).</summary>
    public const int ProcessAssetsStageOptimizeInline = 700;

    /// <summary>processAssets: summarize the assets (1000).</summary>
    public const int ProcessAssetsStageSummarize = 1000;

    /// <summary>processAssets: optimize hashes in names (2500).</summary>
    public const int ProcessAssetsStageOptimizeHash = 2500;

    /// <summary>processAssets: optimize for transfer, e.g. compression (3000).</summary>
    public const int ProcessAssetsStageOptimizeTransfer = 3000;

    /// <summary>processAssets: analyse the assets (4000).</summary>
    public const int ProcessAssetsStageAnalyse = 4000;

    /// <summary>processAssets: report (5000).</summary>
    public const int ProcessAssetsStageReport = 5000;

    /// <summary>The compiler this compilation belongs to (its registries of module types, runtime modules, renderer).</summary>
    public Compiler Compiler { get; } = compiler;

    /// <summary>The compilation's hooks.</summary>
    public CompilationHooks Hooks { get; } = new();

    /// <summary>The module factories of this compilation.</summary>
    public CompilationParams Params { get; } = parameters;

    /// <summary>
    /// webpack's <c>dependencyFactories</c> for dependencies whose module needs no resolution: by the
    /// dependency's type, a factory that makes the module from it (mini-css-extract-plugin's
    /// CssModuleFactory). Set when the compilation starts; read by make's threads.
    /// </summary>
    public Dictionary<Type, Func<ModuleGraph.Dependency, ModuleGraph.Module>> DependencyFactories { get; } = [];

    /// <summary>Chunk ↔ module membership, with webpack's ChunkGraph API.</summary>
    public ChunkGraph.ChunkGraph ChunkGraph => _chunkGraph ??= new ChunkGraph.ChunkGraph(this);

    private ChunkGraph.ChunkGraph? _chunkGraph;

    /// <summary>Analyzable references of ES module output (webpack 5.112), once the chunk graph is settled.</summary>
    public CodeGeneration.AnalyzableReferences Analyzable => LazyInitializer.EnsureInitialized(ref _analyzable, () => new CodeGeneration.AnalyzableReferences(this));

    private CodeGeneration.AnalyzableReferences? _analyzable;

    /// <summary>The options of this build.</summary>
    public SharpackOptions Options => Compiler.Options;

    /// <summary>The module graph.</summary>
    public ModuleGraph.ModuleGraph Graph { get; } = new();

    /// <summary>
    /// The entries (webpack's compilation.entries): the configuration's, then those plugins add after make
    /// (<see cref="AddEntries"/>), in that order.
    /// </summary>
    public List<EntryDescription> Entries { get; } = [.. compiler.Options.Entries];

    /// <summary>Whether a plugin added entries after make, so the graph's order is settled again.</summary>
    internal bool EntriesAddedAfterMake { get; private set; }

    /// <summary>
    /// webpack's addEntry from a finishMake tap: makes <paramref name="entries"/> (their requests resolved from
    /// <paramref name="context"/>) into the graph built so far, before this returns. An entry named as one there
    /// is gets the new requests.
    /// </summary>
    public void AddEntries(string context, IReadOnlyList<EntryDescription> entries)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (Entries.FindIndex(existing => existing.Name == entry.Name) < 0)
                Entries.Add(entry);
        }
        EntriesAddedAfterMake = true;
        new MakePhase(this, Compiler.ModuleTypes).Run(entries, context);
    }

    /// <summary>
    /// webpack's addInclude with no entry name (its globalEntry's includeDependencies), from a
    /// finishMake tap: makes <paramref name="dependencies"/> (resolved from <paramref name="context"/>)
    /// into the graph built so far, before this returns; their modules join the chunk of every entry
    /// without running at start-up (the shared modules a Module Federation build provides).
    /// </summary>
    public void AddIncludes(string context, IReadOnlyList<ModuleGraph.Dependency> dependencies)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(dependencies);
        if (dependencies.Count == 0)
            return;
        GlobalIncludes.AddRange(dependencies);
        EntriesAddedAfterMake = true;
        new MakePhase(this, Compiler.ModuleTypes).Run([], context, dependencies);
    }

    /// <summary>The dependencies <see cref="AddIncludes"/> added, in order.</summary>
    public List<ModuleGraph.Dependency> GlobalIncludes { get; } = [];

    /// <summary>Each entry's dependencies, by entry name in configuration order.</summary>
    public Dictionary<string, List<EntryDependency>> EntryDependencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Chunk groups (entrypoints first, in entry order, then async groups as discovered), set by the chunk graph pass.</summary>
    public List<ChunkGroup> ChunkGroups { get; } = [];

    /// <summary>Chunks, set by the chunk graph pass.</summary>
    public List<Chunk> Chunks { get; } = [];

    /// <summary>Generated code per module and runtime: the code generation pass's artifact.</summary>
    public CodeGenerationResults CodeGenerationResults { get; } = new();

    /// <summary>Errors collected so far; the build goes on and reports them all.</summary>
    public List<BuildDiagnostic> Errors { get; } = [];

    /// <summary>Warnings collected so far.</summary>
    public List<BuildDiagnostic> Warnings { get; } = [];

    /// <summary>
    /// webpack's compilation.fileDependencies: the files the build read (modules' resources and what
    /// loaders and plugins added; when watching, the files resolution read too). Watch mode rebuilds when one changes.
    /// </summary>
    public HashSet<string> FileDependencies { get; } = new(StringComparer.Ordinal);

    /// <summary>webpack's compilation.contextDependencies: folders whose listing the build read (context modules').</summary>
    public HashSet<string> ContextDependencies { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// webpack's compilation.missingDependencies: paths the build looked for and did not find (when
    /// watching, every path resolution tried): creating one may change the build.
    /// </summary>
    public HashSet<string> MissingDependencies { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the compilation's modules are hot-replaceable (set by the hot module replacement plugin);
    /// loaders see it as <c>this.hot</c>.
    /// </summary>
    public bool HotModuleReplacement { get; set; }

    /// <summary>Watching: each resource file as it was just before the build read it (what a change during the build is seen against); null otherwise.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Watch.PathState>? ReadStates { get; } =
        compiler.IsWatching || compiler.CachesModules ? new(StringComparer.Ordinal) : null;

    /// <summary>The warnings each module's build reported, kept with it in the module cache (filled only when the compiler caches modules).</summary>
    internal Dictionary<ModuleGraph.Module, List<BuildDiagnostic>> ModuleBuildWarnings { get; } = [];

    /// <summary>How many modules this compilation built (the rest came from the compiler's module cache).</summary>
    public int BuiltModuleCount { get; internal set; }

    /// <summary>How many modules this compilation took from the compiler's module cache instead of building them.</summary>
    public int CachedModuleCount { get; internal set; }

    /// <summary>How many dependencies this compilation connected to the module they resolved to last build, without resolving them.</summary>
    public int ReusedResolutionCount { get; internal set; }

    /// <summary>How many of this compilation's code generations the compiler's code generation cache answered.</summary>
    public int CachedCodeGenerationCount { get; internal set; }

    /// <summary>webpack's compilation.buildDependencies: files the build's tools depend on (loaders' code and configuration).</summary>
    public HashSet<string> BuildDependencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Hints (webpack 5.112's compilation.hints): what performance checks report with <c>hints: "stats"</c>, shown in stats only.</summary>
    public List<BuildDiagnostic> Hints { get; } = [];

    /// <summary>Messages of named loggers (e.g. <c>webpack.CleanPlugin</c>), in the order logged.</summary>
    public List<LogEntry> Logs { get; } = [];

    /// <summary>Assets by file name (relative to <c>output.path</c>), filled by seal.</summary>
    public SortedDictionary<string, Asset> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// webpack's JavascriptModulesHooks.useSourceMap: a devtool reads the chunk assets' source maps
    /// at processAssets, so the assets keep their rendered sources (not only their bytes).
    /// </summary>
    public bool UseSourceMap { get; set; }

    /// <summary>The full hash's whole digest (webpack's <c>compilation.fullHash</c>), set by the hashing pass.</summary>
    public string FullHash { get; internal set; } = "";

    /// <summary>The full hash cut to <c>output.hashDigestLength</c> (webpack's <c>compilation.hash</c>: <c>[fullhash]</c>, <c>__webpack_hash__</c>, stats).</summary>
    public string Hash { get; internal set; } = "";

    /// <summary>
    /// webpack's createHash: a new hash of <c>output.hashFunction</c>, seeded with <c>output.hashSalt</c>;
    /// write its result with <see cref="DigestOf"/>.
    /// </summary>
    public Hashing.Hash CreateHash() => Hashing.Hash.Create(Options.Output);

    /// <summary>The digest of <paramref name="hash"/> in <c>output.hashDigest</c>.</summary>
    public string DigestOf(Hashing.Hash hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return hash.Digest(Options.Output.HashDigest);
    }

    /// <summary>
    /// webpack's emitAsset: adds an asset. An asset of that name with other content is an error
    /// ("Conflict: Multiple assets emit different content to the same filename").
    /// </summary>
    public void EmitAsset(string name, Sharpack.Sources.Source source, AssetInfo? info = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(source);
        if (Assets.TryGetValue(name, out var existing))
        {
            if (!existing.Source.GetBuffer().AsSpan().SequenceEqual(source.GetBuffer()))
                Errors.Add(new BuildDiagnostic($"Conflict: Multiple assets emit different content to the same filename {name}"));
            return;
        }
        Assets[name] = new Asset(source, info ?? new AssetInfo());
    }

    /// <summary>webpack's updateAsset: replaces an asset's source (given the old one) and, when given, its info.</summary>
    public void UpdateAsset(string name, Func<Sharpack.Sources.Source, Sharpack.Sources.Source> update, Func<AssetInfo, AssetInfo>? updateInfo = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!Assets.TryGetValue(name, out var asset))
            throw new InvalidOperationException($"Called Compilation.UpdateAsset for not existing filename {name}");
        Assets[name] = new Asset(update(asset.Source), updateInfo is null ? asset.Info : updateInfo(asset.Info));
    }

    /// <summary>webpack's renameAsset: gives an asset another name (chunks listing it follow).</summary>
    public void RenameAsset(string name, string newName)
    {
        if (!Assets.Remove(name, out var asset))
            throw new InvalidOperationException($"Called Compilation.RenameAsset for not existing filename {name}");
        if (Assets.ContainsKey(newName))
            Errors.Add(new BuildDiagnostic($"Conflict: Called Compilation.RenameAsset for already existing filename {newName}"));
        Assets[newName] = asset;
        // Other assets' related files (a script's source map) follow, as in webpack.
        List<(string Name, Asset Asset)>? updated = null;
        foreach (var (other, entry) in Assets)
        {
            if (entry.Info.Related.Count == 0)
                continue;
            Dictionary<string, string>? related = null;
            foreach (var (kind, file) in entry.Info.Related)
            {
                if (file == name)
                    (related ??= new Dictionary<string, string>(entry.Info.Related, StringComparer.Ordinal))[kind] = newName;
            }
            if (related is not null)
                (updated ??= []).Add((other, entry with { Info = entry.Info with { Related = related } }));
        }
        if (updated is not null)
        {
            foreach (var (other, entry) in updated)
                Assets[other] = entry;
        }
        foreach (var chunk in Chunks)
        {
            var index = chunk.Files.IndexOf(name);
            if (index >= 0)
                chunk.Files[index] = newName;
            if (chunk.AuxiliaryFiles.Remove(name))
                chunk.AuxiliaryFiles.Add(newName);
        }
    }

    /// <summary>webpack's deleteAsset: removes an asset (and it from its chunks' files).</summary>
    public void DeleteAsset(string name)
    {
        if (!Assets.Remove(name))
            return;
        foreach (var chunk in Chunks)
            chunk.Files.Remove(name);
    }

    /// <summary>
    /// webpack's addChunk: a new chunk (named, or null), with no module and in no group yet; add it
    /// to groups with <see cref="ChunkGroup.PushChunk"/> or <see cref="ChunkGroup.InsertChunk"/>.
    /// </summary>
    public Chunk AddChunk(string? name = null)
    {
        var chunk = new Chunk(name) { Key = Chunks.Count };
        Chunks.Add(chunk);
        return chunk;
    }

    /// <summary>
    /// Removes <paramref name="chunk"/> from the compilation and its groups, and disconnects its
    /// modules (webpack's chunkGraph.disconnectChunk plus chunk.remove()).
    /// </summary>
    public void RemoveChunk(Chunk chunk)
    {
        ChunkGraph.DisconnectChunk(chunk);
        foreach (var group in chunk.Groups)
            group.Chunks.Remove(chunk);
        chunk.Groups.Clear();
        if (Chunks.Remove(chunk))
        {
            for (var i = 0; i < Chunks.Count; i++)
                Chunks[i].Key = i;
        }
    }

    /// <summary>
    /// webpack's addRuntimeModule: adds <paramref name="module"/> to the runtime chunk
    /// <paramref name="chunk"/>. Called from <see cref="CompilationHooks.RuntimeRequirementInTree"/>
    /// taps; the runtime requirements pass then adds the module's requirements to the tree and sorts
    /// the chunk's runtime modules by stage, then name.
    /// </summary>
    public void AddRuntimeModule(Chunk chunk, Runtime.RuntimeModule module)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(module);
        chunk.RuntimeModules.Add(module);
    }

    /// <summary>webpack's getAsset: the asset of that name, or null.</summary>
    public Asset? GetAsset(string name) => Assets.GetValueOrDefault(name);

    // webpack's getWarnings/getErrors: what processWarnings and processErrors taps leave is what the build reports.
    internal void ProcessDiagnostics()
    {
        if (Hooks.ProcessWarnings.IsUsed)
            Replace(Warnings, Hooks.ProcessWarnings.Call([.. Warnings]));
        if (Hooks.ProcessErrors.IsUsed)
            Replace(Errors, Hooks.ProcessErrors.Call([.. Errors]));

        static void Replace(List<Stats.BuildDiagnostic> list, IReadOnlyList<Stats.BuildDiagnostic> processed)
        {
            list.Clear();
            list.AddRange(processed);
        }
    }

    /// <summary>
    /// Puts the errors and warnings collected so far in source order: by module, in the order a
    /// reader meets them from the entries (depth first, dependencies in source order: webpack's
    /// pre-order index), then by position in the module, then by message; diagnostics of no module
    /// come first. Make reports them as the worker threads finish, which varies.
    /// </summary>
    public void SortDiagnostics()
    {
        if (Errors.Count + Warnings.Count < 2)
            return;
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<Module>();
        foreach (var (_, entries) in EntryDependencies)
        {
            for (var e = entries.Count - 1; e >= 0; e--)
            {
                if (entries[e].Target is { } root)
                    stack.Push(root);
            }
            while (stack.Count > 0)
            {
                var module = stack.Pop();
                if (!order.TryAdd(module.ReadableName, order.Count))
                    continue;
                for (var d = module.Dependencies.Count - 1; d >= 0; d--)
                {
                    if (module.Dependencies[d].Target is { } target && !order.ContainsKey(target.ReadableName))
                        stack.Push(target);
                }
            }
        }
        Sort(Errors);
        Sort(Warnings);

        void Sort(List<BuildDiagnostic> diagnostics)
        {
            var keyed = new List<(int Module, int Index, BuildDiagnostic Diagnostic)>(diagnostics.Count);
            for (var i = 0; i < diagnostics.Count; i++)
            {
                var d = diagnostics[i];
                keyed.Add((d.File is null ? -1 : order.GetValueOrDefault(d.File, int.MaxValue), i, d));
            }
            // The file breaks ties between modules outside the graph, the message those between
            // diagnostics at one place (entry requests have no module), the index the rest.
            keyed.Sort(static (a, b) =>
            {
                var result = a.Module.CompareTo(b.Module);
                if (result == 0) result = string.CompareOrdinal(a.Diagnostic.File, b.Diagnostic.File);
                if (result == 0) result = a.Diagnostic.Line.CompareTo(b.Diagnostic.Line);
                if (result == 0) result = a.Diagnostic.Column.CompareTo(b.Diagnostic.Column);
                if (result == 0) result = string.CompareOrdinal(a.Diagnostic.Message, b.Diagnostic.Message);
                return result != 0 ? result : a.Index.CompareTo(b.Index);
            });
            for (var i = 0; i < keyed.Count; i++)
                diagnostics[i] = keyed[i].Diagnostic;
        }
    }

    /// <summary>Builds the module graph from the entries.</summary>
    public void Make() => new MakePhase(this, Compiler.ModuleTypes).Run(Entries, Options.Context);

    /// <summary>Ends make: the module graph in an order independent of thread timings (<see cref="ModuleGraph.ModuleGraph.FinishMake"/>).</summary>
    public void FinishMake()
    {
        var entries = new List<Dependency>();
        foreach (var (_, dependencies) in EntryDependencies)
            entries.AddRange(dependencies);
        Graph.FinishMake(entries);
        foreach (var module in Graph.Modules)
            module.AddCacheDependencies(FileDependencies, ContextDependencies, MissingDependencies, BuildDependencies);
    }

    /// <summary>
    /// webpack's reportDependencyErrorsAndWarnings, after finishModules (provided exports are known
    /// then): what each dependency of each module reports, at its position. A dependency on a module
    /// that failed to build reports nothing (it exports nothing; webpack's getNumberOfErrors check).
    /// </summary>
    public void ReportDependencyDiagnostics()
    {
        HashSet<string>? failed = null;
        foreach (var error in Errors)
        {
            if (error.File is { } file)
                (failed ??= new HashSet<string>(StringComparer.Ordinal)).Add(file);
        }
        // PERF: each module's dependencies are asked on their own, in parallel (the questions only
        // read the graph); the reports are added in module order, as they would be one by one.
        var modules = Graph.Modules;
        var found = new List<BuildDiagnostic>?[modules.Count];
        Parallel.For(0, modules.Count, i =>
        {
            var module = modules[i];
            List<BuildDiagnostic>? list = null;
            foreach (var dependency in module.Dependencies)
                Report(module, dependency, ref list);
            foreach (var block in module.Blocks)
                ReportBlock(module, block, ref list);
            found[i] = list;
        });
        var added = false;
        foreach (var list in found)
        {
            if (list is null)
                continue;
            added = true;
            foreach (var diagnostic in list)
                (diagnostic.IsWarning ? Warnings : Errors).Add(diagnostic);
        }
        if (added)
            SortDiagnostics();

        void ReportBlock(Module module, AsyncDependenciesBlock block, ref List<BuildDiagnostic>? list)
        {
            foreach (var dependency in block.Dependencies)
                Report(module, dependency, ref list);
            foreach (var nested in block.Blocks)
                ReportBlock(module, nested, ref list);
        }

        void Report(Module module, Dependency dependency, ref List<BuildDiagnostic>? list)
        {
            if (failed is not null && Graph.GetModule(dependency) is { } target && failed.Contains(target.ReadableName))
                return;
            if (dependency.GetWarnings(Graph) is { } warnings)
            {
                foreach (var warning in warnings)
                    (list ??= []).Add(module.DiagnosticAt(dependency.Start, dependency.End, warning, isWarning: true));
            }
            if (dependency.GetErrors(Graph) is { } errors)
            {
                foreach (var error in errors)
                    (list ??= []).Add(module.DiagnosticAt(dependency.Start, dependency.End, error, isWarning: false));
            }
        }
    }

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
                if (group.IsInitial && group.EntrypointChunk == chunk && EntryDependencies.TryGetValue(group.Name!, out var entryDependencies))
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
            string[] runtime = chunk.Runtime is { } spec ? spec.Names.ToArray() : [];
            result.Add(new ChunkStats(chunk.Id, chunk.Name is null ? [] : [chunk.Name], chunk.Files, chunk.IsInitial, chunk.HasRuntime, modules)
            {
                Runtime = runtime,
                Parents = [.. parents],
                Children = [.. children],
                Siblings = [.. siblings],
                Origins = origins,
                Size = size,
                IdHints = [.. chunk.IdNameHints],
                Reason = chunk.ChunkReason,
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
        // As webpack's: a concatenation's root leaves the compilation, the modules merged into it
        // stay as orphans (in no chunk), listed too.
        HashSet<Module>? roots = null;
        foreach (var module in modules)
        {
            if (!module.IsRemoved && module.MergedRoot is { } root)
                (roots ??= []).Add(root);
        }
        foreach (var module in modules)
        {
            if (module.IsRemoved && (roots is null || roots.Contains(module) || module.MergedModules is not null)) continue;
            IReadOnlyList<string> chunks = chunksOf[module.Key] ?? (IReadOnlyList<string>)[];
            List<ModuleStats>? merged = null;
            if (module.MergedModules is { } inner)
            {
                merged = new List<ModuleStats>(inner.Count);
                foreach (var part in inner)
                    merged.Add(new ModuleStats(part.Id, part.ReadableName, part.Identifier, part.Size, chunks)
                    {
                        OptimizationBailout = Graph.GetOptimizationBailout(part),
                        Details = new Lazy<ModuleStatsDetails>(() => ModuleStatsDetails(part, chunks.Count == 0)),
                    });
                merged.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            }
            result.Add(new ModuleStats(module.Id, module.ReadableName, module.Identifier, module.Size, chunks)
            {
                OptimizationBailout = Graph.GetOptimizationBailout(module),
                Modules = merged,
                Merged = module.IsRemoved,
                Details = new Lazy<ModuleStatsDetails>(() => ModuleStatsDetails(module, chunks.Count == 0)),
            });
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    // Follows webpack's DefaultStatsFactoryPlugin module extractors (detailed, reasons,
    // usedExports, providedExports) with the compilation-level runtime (all runtimes merged).
    private ModuleStatsDetails ModuleStatsDetails(Module module, bool orphan)
    {
        static ModuleReferenceStats? Reference(Module? m) => m is null ? null : new ModuleReferenceStats(m.Identifier, m.ReadableName, m.Id);
        var incoming = Graph.GetIncomingConnections(module);
        var reasons = new List<(ModuleGraphConnection Connection, ModuleReasonStats Reason)>(incoming.Count);
        foreach (var connection in incoming)
        {
            var dependency = connection.Dependency;
            var origin = Reference(connection.OriginModule);
            string? loc = dependency is not null && connection.OriginModule is { } from ? Stats.BuildStats.Location(from, dependency) : null;
            reasons.Add((connection, new ModuleReasonStats(origin, origin, dependency?.TypeName, connection.IsActive(null),
                connection.Explanations is { } explanations ? string.Join(' ', explanations) : "",
                dependency?.Request ?? dependency?.ResolvesWith?.Request, string.IsNullOrEmpty(loc) ? null : loc)));
        }
        // webpack sorts reasons by origin module identifier, then location, then type.
        reasons.Sort(static (a, b) =>
        {
            var byOrigin = string.CompareOrdinal(a.Connection.OriginModule?.Identifier, b.Connection.OriginModule?.Identifier);
            if (byOrigin != 0) return byOrigin;
            var byStart = (a.Connection.Dependency?.Start ?? 0).CompareTo(b.Connection.Dependency?.Start ?? 0);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Reason.Type, b.Reason.Type);
        });
        var list = new ModuleReasonStats[reasons.Count];
        for (var i = 0; i < list.Length; i++)
            list[i] = reasons[i].Reason;
        var provided = Graph.GetProvidedExports(module, out var unknown);
        return new ModuleStatsDetails(module.ModuleType, module.Layer, module.NameForCondition,
            Graph.GetPreOrderIndex(module), Graph.GetPostOrderIndex(module), orphan, Reference(module.Issuer), list,
            Graph.GetUsedExports(module, null), unknown ? null : provided);
    }

    internal IReadOnlyList<EntrypointStats> EntrypointStats()
    {
        var result = new List<EntrypointStats>();
        foreach (var group in ChunkGroups)
        {
            if (!group.IsInitial || group.Name is null) continue;
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

/// <summary>An output file: its source (bytes or text, kept as a source until emit) and what is known of it.</summary>
public sealed record Asset(Sharpack.Sources.Source Source, AssetInfo Info)
{
    /// <summary>The names of the chunks the asset belongs to.</summary>
    public IReadOnlyList<string> ChunkNames => Info.ChunkNames;
}
