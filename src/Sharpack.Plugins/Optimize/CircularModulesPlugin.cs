// Follows webpack lib/CircularModulesPlugin.js (applied in production): at optimizeModules, the
// strongly connected components of the graph of synchronous imports (not those inside import()
// blocks, not weak ones) say which modules are part of a cycle, a module importing itself
// included. A module outside every cycle has run to its end before any importer reads it, so its
// constant exports can be defined as values instead of getters (webpack's ExportBindingInitFragment).

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Marks the modules that are part of an import cycle (<see cref="Module.IsCircular"/>).</summary>
public sealed class CircularModulesPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("CircularModulesPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeModules.Tap("CircularModulesPlugin", modules =>
            {
                var circular = FindCircularModules(compilation.Graph, modules);
                foreach (var module in modules)
                    module.IsCircular = circular.Contains(module);
                return null;
            }));

    /// <summary>The modules of <paramref name="modules"/> in a cycle of synchronous imports (webpack's CycleGraph, an iterative Tarjan).</summary>
    public static HashSet<Module> FindCircularModules(ModuleGraph graph, IReadOnlyList<Module> modules)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(modules);
        var count = modules.Count;
        var indexOf = new Dictionary<Module, int>(count);
        for (var i = 0; i < count; i++) indexOf[modules[i]] = i;
        var edges = new List<int>[count];
        var selfLoops = new bool[count];
        var inBlocks = new HashSet<Dependency>();
        for (var i = 0; i < count; i++)
        {
            var module = modules[i];
            var targets = new List<int>();
            inBlocks.Clear();
            foreach (var block in module.Blocks)
                AddBlockDependencies(block, inBlocks);
            foreach (var dependency in module.Dependencies)
            {
                if (graph.GetConnection(dependency) is not { Weak: false, Module: { } target } || inBlocks.Contains(dependency))
                    continue;
                if (target == module)
                    selfLoops[i] = true;
                else if (indexOf.TryGetValue(target, out var index))
                    targets.Add(index);
            }
            edges[i] = targets;
        }
        var circular = new HashSet<Module>();
        var order = new int[count];
        var lowLink = new int[count];
        var onStack = new bool[count];
        Array.Fill(order, -1);
        var next = 0;
        var components = new Stack<int>();
        var component = new List<int>();
        var frames = new Stack<(int Node, int Edge)>();
        for (var root = 0; root < count; root++)
        {
            if (order[root] >= 0)
                continue;
            Visit(root);
            while (frames.Count > 0)
            {
                var (node, edge) = frames.Pop();
                var targets = edges[node];
                if (edge < targets.Count)
                {
                    frames.Push((node, edge + 1));
                    var target = targets[edge];
                    if (order[target] < 0)
                        Visit(target);
                    else if (onStack[target] && order[target] < lowLink[node])
                        lowLink[node] = order[target];
                    continue;
                }
                if (lowLink[node] == order[node])
                {
                    // The component rooted here: a cycle when it has several modules or its root imports itself.
                    component.Clear();
                    int member;
                    do
                    {
                        member = components.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    if (component.Count > 1 || selfLoops[node])
                    {
                        foreach (var index in component) circular.Add(modules[index]);
                    }
                }
                if (frames.Count > 0)
                {
                    var parent = frames.Peek().Node;
                    if (lowLink[node] < lowLink[parent]) lowLink[parent] = lowLink[node];
                }
            }
        }
        return circular;

        void Visit(int node)
        {
            order[node] = lowLink[node] = next++;
            onStack[node] = true;
            components.Push(node);
            frames.Push((node, 0));
        }
    }

    private static void AddBlockDependencies(AsyncDependenciesBlock block, HashSet<Dependency> into)
    {
        foreach (var dependency in block.Dependencies) into.Add(dependency);
        foreach (var inner in block.Blocks) AddBlockDependencies(inner, into);
    }
}
