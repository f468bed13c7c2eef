// An example plugin in the way people extend webpack's chunk optimization: hoist an entry's
// synchronous module tree into the runtime chunk. From the modules of a named entry, every module
// reachable without crossing an async block (import(), require.ensure) is connected to every
// runtime chunk and disconnected from every other chunk; chunks left empty are removed. With
// optimization.runtimeChunk "single" and several entries, the shared code then loads once, with
// the runtime, and each page's own entry chunk only starts it. It runs on optimizeChunks at
// STAGE_ADVANCED + 1, after splitters.
//
// Use from a configuration:
//   plugins: [{ assembly: "./EntryHoisting.dll", type: "Examples.Plugins.EntryHoistingPlugin", options: { entry: "common" } }]

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;

namespace Examples.Plugins;

/// <summary>Moves a named entry's synchronous module tree into every runtime chunk.</summary>
public sealed class EntryHoistingPlugin(string entry) : IPlugin
{
    /// <summary>A plugin configured as <c>{ entry: "name" }</c>.</summary>
    public EntryHoistingPlugin(JsonNode? options)
        : this(options?["entry"]?.GetValue<string>() ?? throw new ArgumentException("EntryHoistingPlugin needs options { entry: \"name\" }."))
    {
    }

    /// <summary>The modules hoisted by the last build, by resource (for reports and tests).</summary>
    public IReadOnlyList<string> Hoisted { get; private set; } = [];

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.ThisCompilation.Tap(nameof(EntryHoistingPlugin), (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new TapOptions(nameof(EntryHoistingPlugin)) { Stage = Compilation.StageAdvanced + 1 },
                (chunks, _) =>
                {
                    Hoist(compilation);
                    return null;
                }));

    private void Hoist(Compilation compilation)
    {
        if (!compilation.EntryDependencies.TryGetValue(entry, out var roots))
        {
            compilation.Errors.Add(new Sharpack.Core.Stats.BuildDiagnostic($"EntryHoistingPlugin: there is no entry named '{entry}'."));
            return;
        }
        // Every module reachable from the entry through synchronous dependencies.
        var reached = new List<Module>();
        var seen = new HashSet<Module>();
        var stack = new Stack<Module>();
        foreach (var root in roots)
        {
            if (root.Target is { } module && seen.Add(module))
                stack.Push(module);
        }
        while (stack.Count > 0)
        {
            var module = stack.Pop();
            reached.Add(module);
            foreach (var dependency in module.Dependencies)
            {
                if (dependency.Block is null && !dependency.IsWeak && dependency.Target is { } target && seen.Add(target))
                    stack.Push(target);
            }
        }

        var graph = compilation.ChunkGraph;
        var runtimeChunks = compilation.Chunks.Where(c => c.HasRuntime).ToList();
        foreach (var chunk in compilation.Chunks.ToList())
        {
            if (runtimeChunks.Contains(chunk))
                continue;
            foreach (var module in reached)
            {
                // An entry chunk keeps the modules it starts.
                if (!graph.IsEntryModuleInChunk(module, chunk))
                    graph.DisconnectChunkAndModule(chunk, module);
            }
        }
        foreach (var runtimeChunk in runtimeChunks)
        {
            foreach (var module in reached)
                graph.ConnectChunkAndModule(runtimeChunk, module);
        }
        foreach (var chunk in compilation.Chunks.ToList())
        {
            if (!chunk.HasRuntime && graph.GetNumberOfChunkModules(chunk) == 0 && graph.GetNumberOfEntryModules(chunk) == 0)
                compilation.RemoveChunk(chunk);
        }
        Hoisted = reached.Select(m => m.Resource).Order(StringComparer.Ordinal).ToList();
    }
}
