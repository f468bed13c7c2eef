// Follows webpack's Compilation.hooks, with webpack's names (PascalCase) and argument order, for
// the steps Sharpack has: the module build, then the seal in webpack's sequence (the optimize*
// bail hooks called again while a tap answers true), code generation, hashing, the chunk assets
// and processAssets by stage. Compilation.Seal calls them; see Seal/SealPasses.cs for the order.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Core;

/// <summary>The hooks of a <see cref="Compilation"/>.</summary>
public sealed class CompilationHooks
{
    /// <summary>A module is about to be built.</summary>
    public SyncHook<Module> BuildModule { get; } = new("buildModule");

    /// <summary>A module was built without errors.</summary>
    public SyncHook<Module> SucceedModule { get; } = new("succeedModule");

    /// <summary>A module was taken from the compiler's module cache: none of its files changed since it was built (webpack's stillValidModule).</summary>
    public SyncHook<Module> StillValidModule { get; } = new("stillValidModule");

    /// <summary>
    /// webpack's addEntry: an entry is about to be made (the configuration's in make, a plugin's from
    /// <see cref="Compilation.AddEntries"/>); taps may set its options (RuntimeChunkPlugin its runtime).
    /// </summary>
    public SyncHook<Options.EntryDescription> AddEntry { get; } = new("addEntry");

    /// <summary>A module failed to build: the module and its first error.</summary>
    public SyncHook<Module, Stats.BuildDiagnostic> FailedModule { get; } = new("failedModule");

    /// <summary>Every module is built.</summary>
    public AsyncSeriesHook<IReadOnlyList<Module>> FinishModules { get; } = new("finishModules");

    /// <summary>The seal starts.</summary>
    public SyncHook Seal { get; } = new("seal");

    /// <summary>Optimize the modules' dependencies (provided and used exports, side effects); true runs the taps again.</summary>
    public SyncBailHook<IReadOnlyList<Module>, bool?> OptimizeDependencies { get; } = new("optimizeDependencies");

    /// <summary>After <see cref="OptimizeDependencies"/>.</summary>
    public SyncHook<IReadOnlyList<Module>> AfterOptimizeDependencies { get; } = new("afterOptimizeDependencies");

    /// <summary>Before the chunk graph is built.</summary>
    public SyncHook BeforeChunks { get; } = new("beforeChunks");

    /// <summary>The chunk graph is built.</summary>
    public SyncHook<IReadOnlyList<Chunk>> AfterChunks { get; } = new("afterChunks");

    /// <summary>After ids, before code generation: what changes generated code globally (webpack's optimizeCodeGeneration; export mangling).</summary>
    public SyncHook<IReadOnlyList<Module>> OptimizeCodeGeneration { get; } = new("optimizeCodeGeneration");

    /// <summary>The optimization phase starts.</summary>
    public SyncHook Optimize { get; } = new("optimize");

    /// <summary>Optimize modules; true runs the taps again.</summary>
    public SyncBailHook<IReadOnlyList<Module>, bool?> OptimizeModules { get; } = new("optimizeModules");

    /// <summary>After <see cref="OptimizeModules"/>.</summary>
    public SyncHook<IReadOnlyList<Module>> AfterOptimizeModules { get; } = new("afterOptimizeModules");

    /// <summary>
    /// Optimize chunks (split, merge, remove), at the stages <see cref="Compilation.StageBasic"/>,
    /// <see cref="Compilation.StageDefault"/> and <see cref="Compilation.StageAdvanced"/>; true runs the taps again.
    /// </summary>
    public SyncBailHook<IReadOnlyList<Chunk>, IReadOnlyList<ChunkGroup>, bool?> OptimizeChunks { get; } = new("optimizeChunks");

    /// <summary>After <see cref="OptimizeChunks"/>.</summary>
    public SyncHook<IReadOnlyList<Chunk>, IReadOnlyList<ChunkGroup>> AfterOptimizeChunks { get; } = new("afterOptimizeChunks");

    /// <summary>Optimize the dependency tree.</summary>
    public AsyncSeriesHook<IReadOnlyList<Chunk>, IReadOnlyList<Module>> OptimizeTree { get; } = new("optimizeTree");

    /// <summary>After <see cref="OptimizeTree"/>.</summary>
    public SyncHook<IReadOnlyList<Chunk>, IReadOnlyList<Module>> AfterOptimizeTree { get; } = new("afterOptimizeTree");

    /// <summary>Optimize the modules of chunks (e.g. concatenation); true runs the taps again.</summary>
    public AsyncSeriesBailHook<IReadOnlyList<Chunk>, IReadOnlyList<Module>, bool?> OptimizeChunkModules { get; } = new("optimizeChunkModules");

    /// <summary>After <see cref="OptimizeChunkModules"/>.</summary>
    public SyncHook<IReadOnlyList<Chunk>, IReadOnlyList<Module>> AfterOptimizeChunkModules { get; } = new("afterOptimizeChunkModules");

    /// <summary>Restore module ids from records.</summary>
    public SyncHook<IReadOnlyList<Module>> ReviveModules { get; } = new("reviveModules");

    /// <summary>Before module ids are assigned.</summary>
    public SyncHook<IReadOnlyList<Module>> BeforeModuleIds { get; } = new("beforeModuleIds");

    /// <summary>Module ids are assigned (after the built-in <c>optimization.moduleIds</c>).</summary>
    public SyncHook<IReadOnlyList<Module>> ModuleIds { get; } = new("moduleIds");

    /// <summary>Optimize module ids.</summary>
    public SyncHook<IReadOnlyList<Module>> OptimizeModuleIds { get; } = new("optimizeModuleIds");

    /// <summary>After <see cref="OptimizeModuleIds"/>.</summary>
    public SyncHook<IReadOnlyList<Module>> AfterOptimizeModuleIds { get; } = new("afterOptimizeModuleIds");

    /// <summary>Restore chunk ids from records.</summary>
    public SyncHook<IReadOnlyList<Chunk>> ReviveChunks { get; } = new("reviveChunks");

    /// <summary>Before chunk ids are assigned.</summary>
    public SyncHook<IReadOnlyList<Chunk>> BeforeChunkIds { get; } = new("beforeChunkIds");

    /// <summary>Chunk ids are assigned (after the built-in <c>optimization.chunkIds</c>).</summary>
    public SyncHook<IReadOnlyList<Chunk>> ChunkIds { get; } = new("chunkIds");

    /// <summary>Optimize chunk ids.</summary>
    public SyncHook<IReadOnlyList<Chunk>> OptimizeChunkIds { get; } = new("optimizeChunkIds");

    /// <summary>After <see cref="OptimizeChunkIds"/>.</summary>
    public SyncHook<IReadOnlyList<Chunk>> AfterOptimizeChunkIds { get; } = new("afterOptimizeChunkIds");

    /// <summary>Before code generation.</summary>
    public SyncHook BeforeCodeGeneration { get; } = new("beforeCodeGeneration");

    /// <summary>After code generation.</summary>
    public SyncHook AfterCodeGeneration { get; } = new("afterCodeGeneration");

    /// <summary>Before runtime requirements are collected.</summary>
    public SyncHook BeforeRuntimeRequirements { get; } = new("beforeRuntimeRequirements");

    /// <summary>
    /// webpack's additionalModuleRuntimeRequirements: a module's requirements (its generated code's
    /// in, more out), once per module before its chunks' requirements are collected.
    /// </summary>
    public SyncWaterfallHook<RuntimeGlobals, Module> AdditionalModuleRuntimeRequirements { get; } = new("additionalModuleRuntimeRequirements");

    /// <summary>
    /// webpack's runtimeRequirementInModule: by a required global's webpack name (see
    /// <see cref="RuntimeGlobalNames"/>), called once per module that requires it; a tap may add
    /// requirements to the set, whose hooks are then called too.
    /// </summary>
    public HookMap<SyncBailHook<Module, RuntimeRequirementSet, bool?>> RuntimeRequirementInModule { get; } =
        new(static key => new SyncBailHook<Module, RuntimeRequirementSet, bool?>(key), "runtimeRequirementInModule");

    /// <summary>
    /// webpack's additionalChunkRuntimeRequirements: a chunk's own requirements (its modules'
    /// in, more out), e.g. what a chunk format needs for the chunk's startup.
    /// </summary>
    public SyncWaterfallHook<RuntimeGlobals, Chunk> AdditionalChunkRuntimeRequirements { get; } = new("additionalChunkRuntimeRequirements");

    /// <summary>
    /// webpack's runtimeRequirementInChunk: by a required global's webpack name, called once per
    /// chunk that requires it; a tap may add requirements to the set, whose hooks are then called too.
    /// </summary>
    public HookMap<SyncBailHook<Chunk, RuntimeRequirementSet, bool?>> RuntimeRequirementInChunk { get; } =
        new(static key => new SyncBailHook<Chunk, RuntimeRequirementSet, bool?>(key), "runtimeRequirementInChunk");

    /// <summary>
    /// webpack's additionalTreeRuntimeRequirements: a runtime chunk's requirements over every chunk
    /// it may load (in, more out), before the runtime modules for them are added.
    /// </summary>
    public SyncWaterfallHook<RuntimeGlobals, Chunk> AdditionalTreeRuntimeRequirements { get; } = new("additionalTreeRuntimeRequirements");

    /// <summary>
    /// webpack's runtimeRequirementInTree: by a required global's webpack name, called once per
    /// runtime chunk whose tree requires it. Taps add the runtime modules that implement it with
    /// <see cref="Compilation.AddRuntimeModule"/> (their <see cref="Runtime.RuntimeModule.Requires"/>
    /// join the set) and may add requirements; a tap that answers true stops the later taps of that
    /// global (the built-in module taps do, as webpack's RuntimePlugin does).
    /// </summary>
    public HookMap<SyncBailHook<Chunk, RuntimeRequirementSet, bool?>> RuntimeRequirementInTree { get; } =
        new(static key => new SyncBailHook<Chunk, RuntimeRequirementSet, bool?>(key), "runtimeRequirementInTree");

    /// <summary>webpack's runtimeModule: a runtime module was added to a runtime chunk (the chunk's runtime modules are in their final order).</summary>
    public SyncHook<RuntimeModule, Chunk> RuntimeModule { get; } = new("runtimeModule");

    /// <summary>After runtime requirements are collected and runtime modules added.</summary>
    public SyncHook AfterRuntimeRequirements { get; } = new("afterRuntimeRequirements");

    /// <summary>Before hashing.</summary>
    public SyncHook BeforeHash { get; } = new("beforeHash");

    /// <summary>
    /// A chunk's hash is being computed (webpack's chunkHash): taps append what their part of the
    /// chunk's output depends on beyond its modules' code (a chunk format, a runtime setting).
    /// </summary>
    public SyncHook<Chunk, Hashing.Hash> ChunkHash { get; } = new("chunkHash");

    /// <summary>The full hash is being computed (webpack's fullHash): taps append what the whole output depends on.</summary>
    public SyncHook<Hashing.Hash> FullHash { get; } = new("fullHash");

    /// <summary>
    /// After the chunk hashes, once per chunk (webpack's contentHash): taps set
    /// <see cref="Chunk.ContentHash"/> for the kinds of content they render (<c>javascript</c>, <c>css</c>…).
    /// </summary>
    public SyncHook<Chunk> ContentHash { get; } = new("contentHash");

    /// <summary>After hashing (the full hash is known).</summary>
    public SyncHook AfterHash { get; } = new("afterHash");

    /// <summary>Before module assets are created.</summary>
    public SyncHook BeforeModuleAssets { get; } = new("beforeModuleAssets");

    /// <summary>Before chunk assets are rendered.</summary>
    public SyncHook BeforeChunkAssets { get; } = new("beforeChunkAssets");

    /// <summary>
    /// After a chunk's JavaScript file is rendered (webpack's <c>renderManifest</c> for the files
    /// other than the chunk's script): taps emit the files the chunk's modules bring, such as asset
    /// modules' files, and list them in <see cref="Chunk.AuxiliaryFiles"/>.
    /// </summary>
    public SyncHook<Chunk> RenderManifest { get; } = new("renderManifest");

    /// <summary>
    /// Process the assets, tapped at the <c>ProcessAssetsStage*</c> stages of <see cref="Compilation"/>
    /// (additional, optimize, optimize-size, dev-tooling, report…): taps add, replace or remove
    /// assets through <see cref="Compilation.EmitAsset"/>, <see cref="Compilation.UpdateAsset"/> and friends.
    /// </summary>
    public AsyncSeriesHook<IReadOnlyDictionary<string, Asset>> ProcessAssets { get; } = new("processAssets");

    /// <summary>After <see cref="ProcessAssets"/>.</summary>
    public SyncHook<IReadOnlyDictionary<string, Asset>> AfterProcessAssets { get; } = new("afterProcessAssets");

    /// <summary>
    /// The assets added by a <see cref="ProcessAssets"/> tap, right after it (webpack's
    /// processAdditionalAssets: what taps registered with <c>additionalAssets</c> see of the assets
    /// later stages add).
    /// </summary>
    public AsyncSeriesHook<IReadOnlyDictionary<string, Asset>> ProcessAdditionalAssets { get; } = new("processAdditionalAssets");

    /// <summary>The seal is over.</summary>
    public AsyncSeriesHook AfterSeal { get; } = new("afterSeal");

    /// <summary>The warnings the build reports, as taps filter or change them (webpack's processWarnings; ignoreWarnings taps it).</summary>
    public SyncWaterfallHook<IReadOnlyList<Stats.BuildDiagnostic>> ProcessWarnings { get; } = new("processWarnings");

    /// <summary>The errors the build reports, as taps filter or change them (webpack's processErrors).</summary>
    public SyncWaterfallHook<IReadOnlyList<Stats.BuildDiagnostic>> ProcessErrors { get; } = new("processErrors");
}
