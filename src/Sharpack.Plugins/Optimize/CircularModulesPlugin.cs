// Follows webpack lib/CircularModulesPlugin.js (applied in production): at optimizeModules, the
// strongly connected components of the graph of synchronous imports (not those inside import()
// blocks, not weak ones) say which modules are part of a cycle, a module importing itself
// included. A module outside every cycle has run to its end before any importer reads it, so its
// constant exports can be defined as values instead of getters (webpack's ExportBindingInitFragment).
// With performance.circularDependencies and hints (webpack 5.112), the groups of modules importing
// each other are reported after seal: the five largest, each by its shortest cycle.

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Optimize;

/// <summary>Marks the modules that are part of an import cycle (<see cref="Module.IsCircular"/>).</summary>
/// <param name="hints">How cycles are reported (performance.hints where performance.circularDependencies is on), or null for not at all.</param>
public sealed class CircularModulesPlugin(string? hints = null) : IPlugin
{
    private const string Name = "CircularModulesPlugin";

    // Enough to name the worst tangles without printing the module graph.
    private const int MaxReportedCycles = 5;

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            BuildDiagnostic? report = null;
            compilation.Hooks.OptimizeModules.Tap(Name, modules =>
            {
                var groups = hints is null ? null : new List<List<Module>>();
                var circular = FindCircularModules(compilation.Graph, modules, groups);
                foreach (var module in modules)
                    module.IsCircular = circular.Contains(module);
                if (groups is { Count: > 0 })
                    report = Report(compilation.Graph, groups);
                return null;
            });
            // Reported after seal, as webpack does: a message pushed earlier would reach the hash.
            compilation.Hooks.AfterSeal.Tap(Name, () =>
            {
                if (report is not null)
                    Performance.PerformanceHints.Report(compilation, hints, report);
            });
        });

    // webpack's CircularDependenciesWarning: the largest groups first (ties by their first module's identifier).
    private static BuildDiagnostic Report(ModuleGraph graph, List<List<Module>> groups)
    {
        groups.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(Canonical(a).Identifier, Canonical(b).Identifier));
        var message = new StringBuilder("circular dependencies: ").Append(groups.Count)
            .Append(groups.Count == 1 ? " group of modules imports" : " groups of modules import")
            .Append(" each other synchronously, shortest cycle of each shown:");
        for (var i = 0; i < Math.Min(MaxReportedCycles, groups.Count); i++)
            message.Append("\n  ").Append(groups[i].Count).Append(" modules: ").Append(ShortestCycle(graph, groups[i]));
        message.Append("\nOne module of a cycle runs before the others finished, so it reads their exports as 'undefined' — or throws for a 'const' or 'class' export. Moving the shared part into a module both sides import breaks the cycle.");
        return new BuildDiagnostic(message.ToString()) { IsWarning = true, Inline = true };
    }

    private static Module Canonical(List<Module> members)
    {
        var canonical = members[0];
        foreach (var member in members)
        {
            if (string.CompareOrdinal(member.Identifier, canonical.Identifier) < 0)
                canonical = member;
        }
        return canonical;
    }

    // The shortest way from the group's first module (by identifier) back to itself, breadth first
    // over synchronous imports inside the group.
    private static string ShortestCycle(ModuleGraph graph, List<Module> members)
    {
        var group = new HashSet<Module>(members);
        var start = Canonical(members);
        var previous = new Dictionary<Module, Module>();
        var queue = new List<Module> { start };
        Module? last = null;
        var inBlocks = new HashSet<Dependency>();
        for (var i = 0; i < queue.Count && last is null; i++)
        {
            var module = queue[i];
            inBlocks.Clear();
            foreach (var block in module.Blocks)
                AddBlockDependencies(block, inBlocks);
            foreach (var dependency in module.Dependencies)
            {
                if (graph.GetConnection(dependency) is not { Weak: false, Module: { } target } || inBlocks.Contains(dependency)
                    || target == module || !group.Contains(target))
                    continue;
                if (target == start)
                {
                    last = module;
                    break;
                }
                if (previous.TryAdd(target, module))
                    queue.Add(target);
            }
        }
        var path = new List<Module> { start };
        for (var module = last; module is not null && module != start; module = previous.GetValueOrDefault(module))
            path.Add(module);
        path.Add(start);
        path.Reverse();
        var text = new StringBuilder();
        foreach (var module in path)
        {
            if (text.Length > 0) text.Append(" -> ");
            text.Append(module.ReadableName);
        }
        return text.ToString();
    }

    /// <summary>
    /// The modules of <paramref name="modules"/> in a cycle of synchronous imports (webpack's
    /// CycleGraph, an iterative Tarjan); with <paramref name="groups"/>, each component of several
    /// modules is added to it.
    /// </summary>
    public static HashSet<Module> FindCircularModules(ModuleGraph graph, IReadOnlyList<Module> modules, List<List<Module>>? groups = null)
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
                    // A module that only imports itself is circular for inlining but no group to report.
                    if (groups is not null && component.Count > 1)
                    {
                        var members = new List<Module>(component.Count);
                        foreach (var index in component) members.Add(modules[index]);
                        groups.Add(members);
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
