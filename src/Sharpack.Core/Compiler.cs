// Runs builds: make, seal, emit for one configuration, as webpack's Compiler does, calling its
// hooks in webpack's order. Features (module types, the chunk renderer) are
// registered on it by plugins. Input is read through InputFileSystem and output written through
// OutputFileSystem (webpack's inputFileSystem and outputFileSystem), the disk unless a test, watch
// mode or a dev server sets memory before Run.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Hooks;
using Sharpack.Core.Make;
using Sharpack.Core.Options;
using WatchOptions = Sharpack.Core.Options.WatchOptions;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>Builds one configuration.</summary>
public sealed class Compiler(SharpackOptions options)
{
    /// <summary>The normalized options this compiler builds with.</summary>
    public SharpackOptions Options { get; } = options;

    /// <summary>The compiler's hooks, tapped by plugins.</summary>
    public CompilerHooks Hooks { get; } = new();

    /// <summary>Module types and their factories.</summary>
    public ModuleTypeRegistry ModuleTypes { get; } = new();

    /// <summary>
    /// The C# loaders rules and inline requests name, e.g. <c>compiler.Loaders.Register("my-loader", new MyLoader())</c>
    /// in a plugin's Apply.
    /// </summary>
    public LoaderRegistry Loaders { get; } = NewLoaderRegistry(options);

    /// <summary>
    /// Runs the JavaScript loaders modules name (any loader that is not in <see cref="Loaders"/>);
    /// null when the build runs none (a module with one then fails). The command line sets a node
    /// host that starts node the first time a module needs it. Set it before <see cref="Run"/>.
    /// </summary>
    public IJavaScriptLoaderHost? JavaScriptLoaders { get; set; }

    /// <summary>
    /// What the build reads: resolution, module sources and context folders (the disk by default;
    /// an <see cref="Sharpack.Resolver.InMemoryFileSystem"/> builds from memory). Set it before <see cref="Run"/>.
    /// </summary>
    public Sharpack.Resolver.IFileSystem InputFileSystem { get; set; } = Sharpack.Resolver.PhysicalFileSystem.Instance;

    /// <summary>
    /// Where the build writes its assets and what <c>output.clean</c> cleans (the disk by default;
    /// a <see cref="MemoryOutputFileSystem"/> keeps them in memory). Set it before <see cref="Run"/>.
    /// </summary>
    public IOutputFileSystem OutputFileSystem { get; set; } = PhysicalOutputFileSystem.Instance;

    /// <summary>Renders chunks into files; set by the JavaScript modules plugin.</summary>
    public IChunkRenderer? ChunkRenderer { get; set; }

    /// <summary>
    /// Runs one full build and writes its assets into <c>output.path</c> in the output file system, calling the hooks in
    /// webpack's order. Build errors are in the stats; an exception is reported to the failed
    /// hook and rethrown.
    /// </summary>
    public BuildStats Run() => Build(watchRun: false, out _);

    /// <summary>
    /// Builds now and again whenever a file the build depended on changes, until the returned
    /// <see cref="Watch.Watching"/> is closed (webpack's compiler.watch); <paramref name="handler"/>
    /// gets each build's stats, or the exception that stopped it, on the watching thread.
    /// </summary>
    public Watch.Watching Watch(WatchOptions options, Action<BuildStats?, Exception?> handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handler);
        if (IsWatching)
            throw new InvalidOperationException("The compiler is already watching.");
        IsWatching = true;
        ActiveWatchOptions = options;
        // Kept modules were checked against the disk as it was read; watching checks them against what the watcher saw.
        ModuleCache.Clear();
        WatchResolverCache = new Sharpack.Resolver.ResolverCache(InputFileSystem);
        return new Watch.Watching(this, options, handler);
    }

    /// <summary>The options of the current <see cref="Watch"/>, or null.</summary>
    internal WatchOptions? ActiveWatchOptions { get; private set; }

    /// <summary>Whether the compiler builds for <see cref="Watch"/> (resolutions then record what they read and tried).</summary>
    public bool IsWatching { get; internal set; }

    /// <summary>webpack's compiler.modifiedFiles: the paths that changed (or were added) since the last watch build; null for the first.</summary>
    public IReadOnlySet<string>? ModifiedFiles { get; internal set; }

    /// <summary>webpack's compiler.removedFiles: the paths removed since the last watch build; null for the first.</summary>
    public IReadOnlySet<string>? RemovedFiles { get; internal set; }

    /// <summary>
    /// Whether each build keeps the modules it built for the next one, which takes those whose files
    /// did not change instead of building them again (webpack's memory cache): the <c>cache</c>
    /// option, when the input is the disk. A caller that builds once may turn it off to save the
    /// bookkeeping.
    /// </summary>
    public bool CachesModules
    {
        get => _cachesModules ?? (Options.Cache && InputFileSystem is Sharpack.Resolver.PhysicalFileSystem);
        set => _cachesModules = value;
    }

    private bool? _cachesModules;

    /// <summary>The modules of the last build, for the next (see <see cref="CachesModules"/>).</summary>
    internal ModuleCache ModuleCache { get; } = new();

    /// <summary>The code generated by the last build, for the next (see <see cref="CachesModules"/>).</summary>
    internal CodeGenerationCache CodeGenerationCache { get; } = new();

    /// <summary>The resolver's file-system caches, kept from one watch build to the next (null when not watching).</summary>
    internal Sharpack.Resolver.ResolverCache? WatchResolverCache { get; private set; }

    /// <summary>One build: run (or watchRun), compile, seal, emit, done; <paramref name="built"/> is what it built.</summary>
    internal BuildStats Build(bool watchRun, out Compilation? built)
    {
        Profiler.ReportStartup();
        var started = System.Diagnostics.Stopwatch.StartNew();
        built = null;
        try
        {
            if (watchRun)
            {
                Hooks.WatchRun.CallAsync(this).Wait();
            }
            else
            {
                Hooks.BeforeRun.CallAsync(this).Wait();
                Hooks.Run.CallAsync(this).Wait();
            }
            var parameters = new CompilationParams(new NormalModuleFactory(), new ContextModuleFactory());
            Hooks.NormalModuleFactory.Call(parameters.NormalModuleFactory);
            Hooks.ContextModuleFactory.Call(parameters.ContextModuleFactory);
            Hooks.BeforeCompile.CallAsync(parameters).Wait();
            Hooks.Compile.Call(parameters);
            var compilation = built = new Compilation(this, parameters);
            Hooks.ThisCompilation.Call(compilation, parameters);
            Hooks.Compilation.Call(compilation, parameters);

            Seal.SealPasses.Timed(compilation, "make", c =>
            {
                Hooks.Make.CallAsync(c).Wait();
                c.Make();
            });
            compilation.SortDiagnostics();
            Seal.SealPasses.Timed(compilation, "finish make", static c => c.FinishMake());
            Hooks.FinishMake.CallAsync(compilation).Wait();
            // Entries a finishMake tap added (HTML pages' scripts) joined the graph: settle its order again.
            if (compilation.EntriesAddedAfterMake)
            {
                compilation.SortDiagnostics();
                Seal.SealPasses.Timed(compilation, "finish make", static c => c.FinishMake());
            }
            Seal.SealPasses.Timed(compilation, "finish modules", static c => c.Hooks.FinishModules.CallAsync(c.Graph.Modules).Wait());
            Seal.SealPasses.Timed(compilation, "linking reports", static c => c.ReportDependencyDiagnostics());
            // A build with errors is sealed only to be written anyway (optimization.emitOnErrors): its
            // missing and failed modules throw where they run.
            if (compilation.Errors.Count == 0 || Options.Optimization.EmitOnErrors)
                compilation.Seal();
            Hooks.AfterCompile.CallAsync(compilation).Wait();

            IReadOnlyList<AssetStats> emitted = [];
            // webpack's NoEmitOnErrorsPlugin where optimization.emitOnErrors is off (production): a build
            // with errors writes nothing. Either way it writes nothing outside output.path.
            if ((compilation.Errors.Count == 0 || Options.Optimization.EmitOnErrors) && Hooks.ShouldEmit.Call(compilation) != false)
            {
                Hooks.Emit.CallAsync(compilation).Wait();
                Seal.SealPasses.Timed(compilation, "emit", c => emitted = Emitter.Emit(c));
                Hooks.AfterEmit.CallAsync(compilation).Wait();
            }
            if (CachesModules)
                ModuleCache.Store(compilation, compilation.ModuleBuildWarnings);
            else if (ModuleCache.Count > 0)
                ModuleCache.Clear();
            if (Profiler.Enabled && CachesModules)
                Console.Error.WriteLine($"sharpack profile: caches: {compilation.BuiltModuleCount} modules built, {compilation.CachedModuleCount} kept, {compilation.ReusedResolutionCount} resolutions reused, {compilation.CachedCodeGenerationCount} code generations kept");
            compilation.ProcessDiagnostics();
            var statsStarted = System.Diagnostics.Stopwatch.GetTimestamp();
            var stats = BuildStats.From(compilation, emitted, started.Elapsed);
            Profiler.Report("stats", System.Diagnostics.Stopwatch.GetElapsedTime(statsStarted));
            Hooks.Done.CallAsync(stats).Wait();
            Hooks.AfterDone.Call(stats);
            return stats;
        }
        catch (Exception e) when (ForgetModules() || (Hooks.Failed.IsUsed && Notify(e)))
        {
            throw;
        }
    }

    /// <summary>Runs the shutdown hook (webpack's compiler.close).</summary>
    public void Close() => Hooks.Shutdown.CallAsync().Wait();

    // A build that threw may have seen changes it did not keep: the next builds every module again.
    private bool ForgetModules()
    {
        ModuleCache.Clear();
        CodeGenerationCache.Clear();
        return false;
    }

    private bool Notify(Exception e)
    {
        Hooks.Failed.Call(e);
        return false;
    }

    private static LoaderRegistry NewLoaderRegistry(SharpackOptions options)
    {
        var registry = new LoaderRegistry();
        foreach (var (name, loader) in options.Loaders)
            registry.Register(name, loader);
        return registry;
    }
}
