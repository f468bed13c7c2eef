// Follows webpack lib/runtime/MakeDeferredNamespaceObjectRuntime.js (its helpers) and
// lib/async-modules/AsyncModuleHelpers.js: what the code of a deferred import (import defer)
// needs to know of the module it defers — the namespace mode of its exports type, the async
// modules its graph reaches (awaited before it may run), and the modules of its import cycle
// (each must not be evaluating when the deferred namespace evaluates it).

using System.Runtime.CompilerServices;
using System.Text;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>Helpers for the code of deferred imports.</summary>
public static class DeferredImports
{
    /// <summary>Whether <paramref name="dependency"/> is an ES import or re-export edge (webpack's HarmonyImportDependency).</summary>
    public static bool IsEsmImport(Dependency dependency) =>
        dependency is EsmImportSideEffectDependency or EsmImportSpecifierDependency or EsmReexportDependency;

    /// <summary>Whether <paramref name="dependency"/> is an ES import edge written <c>import defer</c>.</summary>
    public static bool IsDeferred(Dependency? dependency) => dependency switch
    {
        EsmImportSideEffectDependency d => d.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer,
        EsmImportSpecifierDependency d => d.Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer,
        EsmReexportDependency d => d.Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer,
        _ => false,
    };

    /// <summary>
    /// webpack's moduleGraph.isDeferred: some active ES import defers <paramref name="module"/>
    /// (a module with top-level await is never deferred: its importers wait for it anyway).
    /// </summary>
    public static bool IsDeferredAnywhere(ModuleGraph graph, Module module)
    {
        if (module.IsAsync)
            return false;
        foreach (var connection in graph.GetIncomingConnections(module))
        {
            if (IsDeferred(connection.Dependency))
                return true;
        }
        return false;
    }

    /// <summary>The mode argument of <c>__webpack_require__.z</c> for a module of <paramref name="exportsType"/> (webpack's createFakeNamespaceObject mode without bit 1).</summary>
    public static string Mode(ExportsType exportsType) => exportsType switch
    {
        ExportsType.Namespace => "/* namespace */ 8",
        ExportsType.DefaultOnly => "/* default-only */ 0",
        ExportsType.DefaultWithNamed => "/* default-with-named */ 2",
        _ => "/* dynamic */ 6",
    };

    /// <summary>
    /// webpack's getOptimizedDeferredModule: <c>__webpack_require__.zO(id, mode[, asyncDeps[, cycleDeps]])</c>,
    /// whose <c>.a</c> evaluates <paramref name="target"/> on first read. <paramref name="idOf"/> gives
    /// the runtime id (a literal) of a module, or null for one that has none (merged into a concatenation elsewhere).
    /// </summary>
    public static string OptimizedLoader(ModuleGraph graph, Module target, string targetId, ExportsType exportsType, bool withAsyncDeps,
        Func<Module, string?> idOf, ref RuntimeGlobals requirements)
    {
        requirements |= RuntimeGlobals.MakeOptimizedDeferredNamespaceObject | RuntimeGlobals.Require;
        var builder = new StringBuilder("__webpack_require__.zO(").Append(targetId).Append(", ").Append(Mode(exportsType));
        var asyncIds = new List<string>();
        if (withAsyncDeps)
        {
            foreach (var module in OutgoingAsyncModules(graph, target))
            {
                if (idOf(module) is { } id) asyncIds.Add(id);
            }
        }
        var cycle = CyclePeers(graph, target);
        List<string>? cycleIds = null;
        if (cycle is not null)
        {
            foreach (var peer in cycle)
            {
                if (idOf(peer) is { } id && !(cycleIds ??= []).Contains(id)) cycleIds.Add(id);
            }
        }
        if (asyncIds.Count > 0 || cycleIds is not null)
        {
            builder.Append(", ");
            if (asyncIds.Count > 0)
                builder.Append('[').AppendJoin(',', asyncIds).Append(']');
            else
                builder.Append('0');
        }
        if (cycleIds is not null)
        {
            builder.Append(", [").AppendJoin(',', cycleIds).Append(']');
        }
        return builder.Append(')').ToString();
    }

    /// <summary>Appends the ids of <paramref name="modules"/> as a JSON array.</summary>
    public static void AppendIds(StringBuilder builder, IReadOnlyList<Module> modules, Func<Module, string> idOf)
    {
        builder.Append('[');
        for (var i = 0; i < modules.Count; i++)
            builder.Append(i == 0 ? "" : ",").Append(idOf(modules[i]));
        builder.Append(']');
    }

    /// <summary>The runtime id literal of <paramref name="module"/>, or null for a module merged into a concatenation (it has no id of its own).</summary>
    public static string? RuntimeIdOf(Module module) =>
        module.IsRemoved ? null : Sharpack.Core.CodeGeneration.CodeGenerationContext.IdLiteral(module.Id);

    /// <summary>
    /// webpack's getOutgoingAsyncModules: the modules with top-level await that <paramref name="module"/>
    /// reaches through ES imports of async modules (itself, when it has top-level await).
    /// </summary>
    public static List<Module> OutgoingAsyncModules(ModuleGraph graph, Module module)
    {
        var result = new List<Module>();
        var seen = new HashSet<Module>();
        var stack = new Stack<Module>();
        stack.Push(module);
        while (stack.TryPop(out var current))
        {
            if (!current.IsAsync || !seen.Add(current))
                continue;
            if (current.HasTopLevelAwait)
            {
                result.Add(current);
                continue;
            }
            // Pushed in reverse so the first import is visited first (webpack's recursion order).
            var targets = ImportTargets(graph, current);
            for (var i = targets.Count - 1; i >= 0; i--)
                stack.Push(targets[i]);
        }
        return result;
    }

    // The modules `module` imports through active ES import edges, deferred ones included (the
    // spec's RequestedModules), each once, in the order of their first connection.
    private static List<Module> ImportTargets(ModuleGraph graph, Module module)
    {
        var targets = new List<Module>();
        foreach (var connection in graph.GetOutgoingConnections(module))
        {
            if (connection.Dependency is not { } dependency || !IsEsmImport(dependency) || connection.OriginModule != module
                || !connection.IsTargetActive(null) || targets.Contains(connection.Module))
                continue;
            targets.Add(connection.Module);
        }
        return targets;
    }

    private static readonly ConditionalWeakTable<ModuleGraph, CycleState> s_cycles = [];

    private sealed class CycleState
    {
        public readonly Dictionary<Module, HashSet<Module>> ComponentOf = [];
        public readonly Dictionary<Module, HashSet<Module>?> Peers = [];
    }

    /// <summary>
    /// The other modules of <paramref name="module"/>'s strongly connected component of ES imports,
    /// or null when it is in no cycle. Per the import defer proposal (ReadyForSyncExecution) a
    /// deferred namespace must not evaluate a module while one of its transitive imports is
    /// evaluating; only a module of its own component can be (webpack's getDeferredCycleModules).
    /// </summary>
    public static HashSet<Module>? CyclePeers(ModuleGraph graph, Module module)
    {
        var state = s_cycles.GetValue(graph, static _ => new CycleState());
        // Code generation runs in parallel: one component search at a time per graph.
        lock (state)
        {
            if (state.Peers.TryGetValue(module, out var known))
                return known;
            AssignComponents(graph, module, state.ComponentOf);
            HashSet<Module>? result = null;
            if (state.ComponentOf.TryGetValue(module, out var component) && component.Count > 1)
            {
                result = [.. component];
                result.Remove(module);
            }
            state.Peers[module] = result;
            return result;
        }
    }

    // An iterative Tarjan pass from `seed`; modules assigned by an earlier pass count as finished,
    // so every edge is walked once across all deferred imports of a build.
    private static void AssignComponents(ModuleGraph graph, Module seed, Dictionary<Module, HashSet<Module>> componentOf)
    {
        if (componentOf.ContainsKey(seed))
            return;
        var index = new Dictionary<Module, int>();
        var low = new Dictionary<Module, int>();
        var onStack = new HashSet<Module>();
        var componentStack = new Stack<Module>();
        var work = new Stack<(Module Node, List<Module> Targets, int Next)>();
        var counter = 0;
        void Open(Module node)
        {
            index[node] = low[node] = counter++;
            componentStack.Push(node);
            onStack.Add(node);
            work.Push((node, ImportTargets(graph, node), 0));
        }
        Open(seed);
        while (work.Count > 0)
        {
            var (node, targets, next) = work.Pop();
            if (next < targets.Count)
            {
                work.Push((node, targets, next + 1));
                var target = targets[next];
                if (componentOf.ContainsKey(target))
                    continue;
                if (!index.TryGetValue(target, out var targetIndex))
                    Open(target);
                else if (onStack.Contains(target) && targetIndex < low[node])
                    low[node] = targetIndex;
                continue;
            }
            var nodeLow = low[node];
            if (work.TryPeek(out var parent) && nodeLow < low[parent.Node])
                low[parent.Node] = nodeLow;
            if (nodeLow != index[node])
                continue;
            var component = new HashSet<Module>();
            Module member;
            do
            {
                member = componentStack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            foreach (var m in component)
                componentOf[m] = component;
        }
    }
}
