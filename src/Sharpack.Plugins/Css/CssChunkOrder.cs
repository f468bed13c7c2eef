// Follows webpack's CssModulesPlugin.getModulesInOrder: the order of a chunk's CSS modules in its
// file. In each chunk group of the chunk, modules are ordered as the group's import graph leaves
// them (post order: an imported stylesheet before its importer, as the cascade expects); the
// groups' orders are then merged, taking each time the first module of the list whose first is
// smallest by identifier, unless another list has it later: then that list's first is taken
// instead. Where the lists disagree (a before b in one group, b before a in another) no order
// satisfies both, and the chunk's file warns of it, as mini-css-extract-plugin does.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Css;

/// <summary>Orders the CSS modules of a chunk.</summary>
public static class CssChunkOrder
{
    /// <summary><paramref name="modules"/> (of <paramref name="chunk"/>) in stylesheet order; conflicts become warnings of <paramref name="compilation"/>.</summary>
    public static List<Module> Order(Compilation compilation, Chunk chunk, List<Module> modules)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(modules);
        // Pre-sorted by identifier (webpack's compareModulesByFullName), which breaks ties.
        modules.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
        var wanted = new HashSet<Module>(modules);
        var lists = new List<(List<Module> List, HashSet<Module> Set)>();
        foreach (var group in chunk.Groups)
        {
            var list = GroupOrder(compilation.Graph, group, modules, wanted);
            lists.Add((list, [.. list]));
        }
        // A module no group's walk reached (it came into the chunk another way) keeps its place by identifier.
        var reached = new HashSet<Module>();
        foreach (var (list, _) in lists)
            reached.UnionWith(list);
        var unreached = modules.FindAll(module => !reached.Contains(module));
        if (lists.Count == 0)
            return modules;
        if (lists.Count == 1)
        {
            var only = lists[0].List;
            only.Reverse();
            only.AddRange(unreached);
            return only;
        }
        int Compare((List<Module> List, HashSet<Module> Set) a, (List<Module> List, HashSet<Module> Set) b)
        {
            if (a.List.Count == 0)
                return b.List.Count == 0 ? 0 : 1;
            if (b.List.Count == 0)
                return -1;
            return string.CompareOrdinal(a.List[^1].Identifier, b.List[^1].Identifier);
        }
        lists.Sort(Compare);
        var result = new List<Module>(modules.Count);
        while (lists[0].List.Count > 0)
        {
            var failed = new HashSet<Module>();
            var selected = lists[0].List[^1];
            Module? hasFailed = null;
            var restart = true;
            while (restart)
            {
                restart = false;
                foreach (var (list, set) in lists)
                {
                    if (list.Count == 0)
                        continue;
                    var last = list[^1];
                    if (last == selected || !set.Contains(selected))
                        continue;
                    failed.Add(selected);
                    if (failed.Contains(last))
                    {
                        // A conflict: another choice is tried.
                        hasFailed = last;
                        continue;
                    }
                    selected = last;
                    hasFailed = null;
                    restart = true;
                    break;
                }
            }
            if (hasFailed is not null)
            {
                Warn(compilation, chunk, hasFailed, selected);
                selected = hasFailed;
            }
            result.Add(selected);
            foreach (var (list, set) in lists)
            {
                if (list.Count > 0 && list[^1] == selected)
                    list.RemoveAt(list.Count - 1);
                else if (hasFailed is not null && set.Contains(selected))
                    list.Remove(selected);
            }
            lists.Sort(Compare);
        }
        result.AddRange(unreached);
        return result;
    }

    /// <summary>
    /// mini-css-extract-plugin's sortModules: <paramref name="modules"/> (extracted stylesheets of
    /// <paramref name="chunk"/>) in stylesheet order. Each chunk group wants its modules in its own
    /// post order; each time, the first group (in the chunk's order of groups) whose next module has
    /// all it wants before it placed gives that module. When none can, the module with the fewest
    /// unmet wants comes next and, unless <paramref name="ignoreOrder"/>, the chunk warns.
    /// </summary>
    public static List<Module> OrderExtracted(Compilation compilation, Chunk chunk, List<Module> modules, bool ignoreOrder)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(modules);
        modules.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
        var wanted = new HashSet<Module>(modules);
        // Which modules must come before each, and the groups that want it so.
        var before = new Dictionary<Module, Dictionary<Module, List<ChunkGroup>>>();
        foreach (var module in modules)
            before[module] = [];
        var lists = new List<List<Module>>();
        foreach (var group in chunk.Groups)
        {
            var list = GroupOrder(compilation.Graph, group, modules, wanted);
            for (var i = 0; i < list.Count; i++)
            {
                var reasons = before[list[i]];
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (!reasons.TryGetValue(list[j], out var groups))
                        reasons[list[j]] = groups = [];
                    groups.Add(group);
                }
            }
            lists.Add(list);
        }
        var used = new HashSet<Module>();
        var result = new List<Module>(modules.Count);
        var unmet = new List<Module>();
        var bestUnmet = new List<Module>();
        while (used.Count < modules.Count)
        {
            List<Module>? best = null;
            var placed = false;
            foreach (var list in lists)
            {
                while (list.Count > 0 && used.Contains(list[^1]))
                    list.RemoveAt(list.Count - 1);
                if (list.Count == 0)
                    continue;
                var next = list[^1];
                unmet.Clear();
                foreach (var (module, _) in before[next])
                {
                    if (!used.Contains(module))
                        unmet.Add(module);
                }
                if (best is null || bestUnmet.Count > unmet.Count)
                {
                    best = list;
                    bestUnmet.Clear();
                    bestUnmet.AddRange(unmet);
                }
                if (unmet.Count == 0)
                {
                    list.RemoveAt(list.Count - 1);
                    used.Add(next);
                    result.Add(next);
                    placed = true;
                    break;
                }
            }
            if (placed)
                continue;
            if (best is null)
            {
                // Modules no group's walk reached keep their place by identifier.
                foreach (var module in modules)
                {
                    if (used.Add(module))
                        result.Add(module);
                }
                break;
            }
            var fallback = best[^1];
            best.RemoveAt(best.Count - 1);
            if (!ignoreOrder)
                WarnExtracted(compilation, chunk, fallback, bestUnmet, before);
            used.Add(fallback);
            result.Add(fallback);
        }
        return result;
    }

    private static void WarnExtracted(Compilation compilation, Chunk chunk, Module fallback, List<Module> unmet, Dictionary<Module, Dictionary<Module, List<ChunkGroup>>> before)
    {
        static string Names(List<ChunkGroup>? groups) => groups is null ? "" : string.Join(", ", groups.ConvertAll(static g => g.Name ?? ""));
        var message = new System.Text.StringBuilder();
        message.Append("chunk ").Append(chunk.Name ?? chunk.Id).Append(" [mini-css-extract-plugin]\nConflicting order. Following module has been added:\n * ")
            .Append(fallback.ReadableIdentifier).Append("\ndespite it was not able to fulfill desired ordering with these modules:");
        foreach (var module in unmet)
        {
            message.Append("\n * ").Append(module.ReadableIdentifier)
                .Append("\n   - couldn't fulfill desired order of chunk group(s) ").Append(Names(before[fallback].GetValueOrDefault(module)));
            if (before[module].GetValueOrDefault(fallback) is { Count: > 0 } good)
                message.Append("\n   - while fulfilling desired order of chunk group(s) ").Append(Names(good));
        }
        compilation.Warnings.Add(new Core.Stats.BuildDiagnostic(message.ToString()));
    }

    // The modules of `group` in its post order, reversed: the next module is the last (webpack pops from the end).
    private static List<Module> GroupOrder(ModuleGraph graph, ChunkGroup group, List<Module> modules, HashSet<Module> wanted)
    {
        var indices = PostOrder(graph, group, wanted);
        var list = new List<Module>();
        foreach (var module in modules)
        {
            if (indices.ContainsKey(module))
                list.Add(module);
        }
        list.Sort((a, b) => indices[b].CompareTo(indices[a]));
        return list;
    }

    // The post-order index of each wanted module in the walk of the group's modules from its roots
    // (an entrypoint's entry modules, an async group's import() targets), synchronous dependencies in order.
    internal static Dictionary<Module, int> PostOrder(ModuleGraph graph, ChunkGroup group, HashSet<Module> wanted)
    {
        var inGroup = new HashSet<Module>();
        foreach (var chunk in group.Chunks)
            inGroup.UnionWith(chunk.Modules);
        var roots = new List<Module>();
        if (group.IsEntrypoint)
        {
            foreach (var chunk in group.Chunks)
                roots.AddRange(chunk.EntryModules);
        }
        foreach (var (_, block) in group.Origins)
        {
            if (block is null)
                continue;
            foreach (var dependency in block.Dependencies)
            {
                if (graph.GetModule(dependency) is { } target)
                    roots.Add(target);
            }
        }
        var indices = new Dictionary<Module, int>();
        var visited = new HashSet<Module>();
        var counter = 0;
        var stack = new Stack<(Module Module, int Next)>();
        foreach (var root in roots)
        {
            if (!inGroup.Contains(root) || !visited.Add(root))
                continue;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (module, next) = stack.Pop();
                var dependencies = module.Dependencies;
                var pushed = false;
                for (var i = next; i < dependencies.Count; i++)
                {
                    if (graph.GetModule(dependencies[i]) is not { } target || !inGroup.Contains(target) || !visited.Add(target))
                        continue;
                    stack.Push((module, i + 1));
                    stack.Push((target, 0));
                    pushed = true;
                    break;
                }
                if (!pushed)
                {
                    if (wanted.Contains(module))
                        indices[module] = counter;
                    counter++;
                }
            }
        }
        return indices;
    }

    private static void Warn(Compilation compilation, Chunk chunk, Module fallback, Module selected)
    {
        var issuers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var module in new[] { fallback, selected })
        {
            foreach (var connection in compilation.Graph.GetIncomingConnections(module))
            {
                if (connection.OriginModule is { } origin)
                    issuers.Add(origin.ReadableIdentifier);
            }
        }
        compilation.Warnings.Add(new Core.Stats.BuildDiagnostic(
            $"chunk {chunk.Name ?? chunk.Id}\nConflicting order between {fallback.ReadableIdentifier} and {selected.ReadableIdentifier}\nCSS modules are imported in:\n  - {string.Join("\n  - ", issuers)}"));
    }
}
