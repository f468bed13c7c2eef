// Follows webpack's Compiler.hooks: the compiler's life cycle, with webpack's names and argument
// order (in PascalCase). Plugins tap them in Apply(Compiler); Compiler.Run calls them in webpack's
// order: beforeRun, run, beforeCompile, compile, thisCompilation, compilation, make, finishMake,
// afterCompile, shouldEmit, emit, assetEmitted, afterEmit, done (or failed).

using Sharpack.Core.Hooks;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>The hooks of a <see cref="Compiler"/>.</summary>
public sealed class CompilerHooks
{
    /// <summary>Once, when the compiler is set up, before any plugin of the configuration is applied.</summary>
    public SyncHook Environment { get; } = new("environment");

    /// <summary>Right after <see cref="Environment"/>.</summary>
    public SyncHook AfterEnvironment { get; } = new("afterEnvironment");

    /// <summary>With the context and the entries, before the built-in plugins add them; true handles them.</summary>
    public SyncBailHook<string, IReadOnlyList<Options.EntryDescription>, bool?> EntryOption { get; } = new("entryOption");

    /// <summary>After the built-in plugins are applied.</summary>
    public SyncHook<Compiler> AfterPlugins { get; } = new("afterPlugins");

    /// <summary>After the resolvers are set up.</summary>
    public SyncHook<Compiler> AfterResolvers { get; } = new("afterResolvers");

    /// <summary>When the compiler is initialized (after every plugin).</summary>
    public SyncHook Initialize { get; } = new("initialize");

    /// <summary>Before a build starts.</summary>
    public AsyncSeriesHook<Compiler> BeforeRun { get; } = new("beforeRun");

    /// <summary>When a build starts.</summary>
    public AsyncSeriesHook<Compiler> Run { get; } = new("run");

    /// <summary>When a watch build starts (before compiling).</summary>
    public AsyncSeriesHook<Compiler> WatchRun { get; } = new("watchRun");

    /// <summary>Before a compilation is created.</summary>
    public AsyncSeriesHook<CompilationParams> BeforeCompile { get; } = new("beforeCompile");

    /// <summary>When a compilation is about to be created.</summary>
    public SyncHook<CompilationParams> Compile { get; } = new("compile");

    /// <summary>A compilation was created (not called for child compilations).</summary>
    public SyncHook<Compilation, CompilationParams> ThisCompilation { get; } = new("thisCompilation");

    /// <summary>A compilation was created.</summary>
    public SyncHook<Compilation, CompilationParams> Compilation { get; } = new("compilation");

    /// <summary>The normal module factory was created.</summary>
    public SyncHook<NormalModuleFactory> NormalModuleFactory { get; } = new("normalModuleFactory");

    /// <summary>The context module factory was created.</summary>
    public SyncHook<ContextModuleFactory> ContextModuleFactory { get; } = new("contextModuleFactory");

    /// <summary>The make phase: taps run in parallel, before the entries are built.</summary>
    public AsyncParallelHook<Compilation> Make { get; } = new("make");

    /// <summary>After the make phase (the module graph is complete).</summary>
    public AsyncSeriesHook<Compilation> FinishMake { get; } = new("finishMake");

    /// <summary>After the compilation is sealed.</summary>
    public AsyncSeriesHook<Compilation> AfterCompile { get; } = new("afterCompile");

    /// <summary>Whether to emit; false stops the emit. Sharpack never emits a build with errors.</summary>
    public SyncBailHook<Compilation, bool?> ShouldEmit { get; } = new("shouldEmit");

    /// <summary>Before the assets are written.</summary>
    public AsyncSeriesHook<Compilation> Emit { get; } = new("emit");

    /// <summary>An asset was written (or found unchanged on disk).</summary>
    public AsyncSeriesHook<string, AssetEmittedInfo> AssetEmitted { get; } = new("assetEmitted");

    /// <summary>After the assets are written (and output.clean has run).</summary>
    public AsyncSeriesHook<Compilation> AfterEmit { get; } = new("afterEmit");

    /// <summary>The build is done; its stats.</summary>
    public AsyncSeriesHook<BuildStats> Done { get; } = new("done");

    /// <summary>After <see cref="Done"/>.</summary>
    public SyncHook<BuildStats> AfterDone { get; } = new("afterDone");

    /// <summary>The build failed with an exception (not with build errors, which are in the stats).</summary>
    public SyncHook<Exception> Failed { get; } = new("failed");

    /// <summary>A watched file changed: its path (or null) and when.</summary>
    public SyncHook<string?, DateTimeOffset> Invalid { get; } = new("invalid");

    /// <summary>Watching stopped.</summary>
    public SyncHook WatchClose { get; } = new("watchClose");

    /// <summary>The compiler is closing.</summary>
    public AsyncSeriesHook Shutdown { get; } = new("shutdown");
}

/// <summary>What <see cref="CompilerHooks.Compile"/> and the compilation hooks receive: the module factories.</summary>
public sealed class CompilationParams(NormalModuleFactory normalModuleFactory, ContextModuleFactory contextModuleFactory)
{
    /// <summary>The factory of normal modules.</summary>
    public NormalModuleFactory NormalModuleFactory { get; } = normalModuleFactory;

    /// <summary>The factory of context modules.</summary>
    public ContextModuleFactory ContextModuleFactory { get; } = contextModuleFactory;
}

/// <summary>What <see cref="CompilerHooks.AssetEmitted"/> receives with the asset's name.</summary>
public sealed record AssetEmittedInfo(byte[] Content, Sharpack.Sources.Source Source, string OutputPath, Compilation Compilation, string TargetPath, bool Written);
