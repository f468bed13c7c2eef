// Follows webpack's Compilation.processRuntimeRequirements, in its three loops: modules (code
// generation's requirements, additionalModuleRuntimeRequirements, then runtimeRequirementInModule
// for each required global) → chunks (their modules', additionalChunkRuntimeRequirements, then
// runtimeRequirementInChunk) → each runtime chunk's tree (every chunk its runtime may load,
// additionalTreeRuntimeRequirements, then runtimeRequirementInTree, whose taps add the runtime
// modules). A hook whose taps add requirements makes the pass ask the hooks of those too, until
// nothing new is required. Which module implements which global, and which chunk loading a chunk
// uses, is the plugins' business: they answer on these hooks.
// PERF: the hook maps are read once into a bit mask and an array by bit position, so a module
// whose requirements have no tapped global costs one AND, and the loops allocate nothing per item.

using System.Numerics;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.Seal;

internal static class RuntimeRequirementsPass
{
    public static void Run(Compilation compilation)
    {
        var hooks = compilation.Hooks;
        var inModule = new TappedGlobals<Module>(hooks.RuntimeRequirementInModule);
        var inChunk = new TappedGlobals<Chunk>(hooks.RuntimeRequirementInChunk);
        var inTree = new TappedGlobals<Chunk>(hooks.RuntimeRequirementInTree);
        var set = new RuntimeRequirementSet();

        // What plugins add per module, asked once per module and only when tapped.
        RuntimeGlobals[]? byModule = null;
        if (hooks.AdditionalModuleRuntimeRequirements.IsUsed || inModule.Mask != RuntimeGlobals.None)
        {
            var modules = compilation.Graph.Modules;
            byModule = new RuntimeGlobals[modules.Count];
            var additional = hooks.AdditionalModuleRuntimeRequirements.IsUsed;
            foreach (var module in modules)
            {
                // A module generated per runtime needs what any of its codes needs.
                var requirements = RuntimeGlobals.None;
                var generated = false;
                foreach (var result in compilation.CodeGenerationResults.AllFor(module))
                {
                    requirements |= result.RuntimeRequirements;
                    generated = true;
                }
                if (!generated)
                    continue;
                if (additional)
                    requirements = hooks.AdditionalModuleRuntimeRequirements.Call(requirements, module);
                if (requirements.HasAny(inModule.Mask))
                {
                    set.Value = requirements;
                    inModule.Run(module, set, null);
                    requirements = set.Value;
                }
                byModule[module.Key] = requirements;
            }
        }

        var own = new RuntimeGlobals[compilation.Chunks.Count];
        foreach (var chunk in compilation.Chunks)
        {
            var requirements = RuntimeGlobals.None;
            foreach (var module in chunk.Modules)
            {
                if (byModule is not null)
                    requirements |= byModule[module.Key];
                else if (compilation.CodeGenerationResults.TryGet(module, chunk.Runtime, out var result))
                    requirements |= result.RuntimeRequirements;
            }
            requirements = hooks.AdditionalChunkRuntimeRequirements.Call(requirements, chunk);
            if (requirements.HasAny(inChunk.Mask))
            {
                set.Value = requirements;
                inChunk.Run(chunk, set, null);
                requirements = set.Value;
            }
            own[chunk.Key] = requirements;
        }

        foreach (var chunk in compilation.Chunks)
        {
            if (!chunk.HasRuntime)
            {
                chunk.RuntimeRequirements = own[chunk.Key];
                continue;
            }
            var tree = own[chunk.Key];
            foreach (var referenced in chunk.AllReferencedChunks())
                tree |= own[referenced.Key];
            set.Value = hooks.AdditionalTreeRuntimeRequirements.Call(tree, chunk);
            inTree.Run(chunk, set, chunk.RuntimeModules);
            chunk.RuntimeModules.Sort(static (a, b) => a.Stage != b.Stage ? a.Stage.CompareTo(b.Stage) : string.CompareOrdinal(a.Name, b.Name));
            chunk.RuntimeRequirements = set.Value;
            if (hooks.RuntimeModule.IsUsed)
            {
                foreach (var runtimeModule in chunk.RuntimeModules)
                    hooks.RuntimeModule.Call(runtimeModule, chunk);
            }
        }
    }

    /// <summary>
    /// The same three loops for a chunk outside the compilation's (webpack's executeModule "build
    /// time chunk"), over <paramref name="modules"/> with the requirements their code generation
    /// gave: the runtime modules the taps add land in <paramref name="chunk"/>'s, in order.
    /// </summary>
    public static void RunForChunk(Compilation compilation, Chunk chunk, IReadOnlyList<(Module Module, RuntimeGlobals Requirements)> modules)
    {
        var hooks = compilation.Hooks;
        var inModule = new TappedGlobals<Module>(hooks.RuntimeRequirementInModule);
        var inChunk = new TappedGlobals<Chunk>(hooks.RuntimeRequirementInChunk);
        var inTree = new TappedGlobals<Chunk>(hooks.RuntimeRequirementInTree);
        var set = new RuntimeRequirementSet();
        var total = RuntimeGlobals.None;
        foreach (var (module, generated) in modules)
        {
            var requirements = hooks.AdditionalModuleRuntimeRequirements.IsUsed ? hooks.AdditionalModuleRuntimeRequirements.Call(generated, module) : generated;
            if (requirements.HasAny(inModule.Mask))
            {
                set.Value = requirements;
                inModule.Run(module, set, null);
                requirements = set.Value;
            }
            total |= requirements;
        }
        total = hooks.AdditionalChunkRuntimeRequirements.Call(total, chunk);
        if (total.HasAny(inChunk.Mask))
        {
            set.Value = total;
            inChunk.Run(chunk, set, null);
            total = set.Value;
        }
        set.Value = hooks.AdditionalTreeRuntimeRequirements.Call(total, chunk);
        inTree.Run(chunk, set, chunk.RuntimeModules);
        chunk.RuntimeModules.Sort(static (a, b) => a.Stage != b.Stage ? a.Stage.CompareTo(b.Stage) : string.CompareOrdinal(a.Name, b.Name));
        chunk.RuntimeRequirements = set.Value;
    }

    /// <summary>The globals of one hook map that have taps, and their hooks by bit position.</summary>
    private readonly struct TappedGlobals<T>
    {
        private readonly SyncBailHook<T, RuntimeRequirementSet, bool?>?[] _hooks;

        /// <summary>The globals whose hook has a tap or interceptor.</summary>
        public RuntimeGlobals Mask { get; }

        public TappedGlobals(HookMap<SyncBailHook<T, RuntimeRequirementSet, bool?>> map)
        {
            _hooks = new SyncBailHook<T, RuntimeRequirementSet, bool?>?[RuntimeGlobalNames.Count];
            if (map.IsEmpty)
                return;
            foreach (var key in map.Keys)
            {
                // A key Sharpack has no bit for can never be required, so its taps never run.
                if (RuntimeGlobalNames.TryGet(key, out var global) && map.Get(key) is { IsUsed: true } hook)
                {
                    _hooks[global.LowestBit] = hook;
                    Mask |= global;
                }
            }
        }

        /// <summary>
        /// Calls the hook of each tapped global in <paramref name="set"/> once (lowest bit first),
        /// including globals the taps add, until none is new. With <paramref name="runtimeModules"/>,
        /// what the modules a tap added require joins the set.
        /// </summary>
        public void Run(T target, RuntimeRequirementSet set, List<RuntimeModule>? runtimeModules)
        {
            var visited = RuntimeGlobals.None;
            while (true)
            {
                var index = (set.Value & Mask & ~visited).LowestBit;
                if (index < 0)
                    return;
                visited |= RuntimeGlobals.Bit(index);
                var before = runtimeModules?.Count ?? 0;
                _hooks[index]!.Call(target, set);
                if (runtimeModules is not null)
                {
                    for (var i = before; i < runtimeModules.Count; i++)
                        set.Add(runtimeModules[i].Requires);
                }
            }
        }
    }
}
