// Follows webpack lib/FlagDependencyUsagePlugin.js: at optimizeDependencies, which exports of
// each module are used, per runtime (or globally with `optimization.usedExports: "global"`).
// Starting from the entries, every active connection of a used module says what it uses of its
// target (Dependency.GetReferencedExports); a module reached again with more used exports is
// processed again, until nothing changes. A module used without any export being read is used
// for its side effects only.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Optimize;

/// <summary>Determines the used exports of every module (<c>optimization.usedExports</c>).</summary>
/// <param name="global">Analyse usage once for all runtimes (<c>"global"</c>).</param>
/// <param name="mangleEscapingNamespaces">
/// An ES module whose namespace escapes as a value keeps its exports renameable (code generation
/// gives the value an object with the original names); on with <c>optimization.mangleExports</c>.
/// </param>
public sealed class FlagDependencyUsagePlugin(bool global, bool mangleEscapingNamespaces = false) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("FlagDependencyUsagePlugin", (compilation, _) =>
            compilation.Hooks.OptimizeDependencies.Tap(new Core.Hooks.TapOptions("FlagDependencyUsagePlugin") { Stage = Compilation.StageDefault }, modules =>
            {
                Run(compilation, modules, global, mangleEscapingNamespaces);
                return null;
            }));

    /// <summary>Fills the usage of <paramref name="modules"/>' exports from the entries of <paramref name="compilation"/>.</summary>
    public static void Run(Compilation compilation, IReadOnlyList<Module> modules, bool global, bool mangleEscapingNamespaces = false)
    {
        var moduleGraph = compilation.Graph;
        // A namespace re-export's nested exports info is another module's: a change there queues that module.
        var owners = new Dictionary<ExportsInfo, Module>(modules.Count, ReferenceEqualityComparer.Instance);
        foreach (var module in modules)
        {
            var exportsInfo = moduleGraph.GetExportsInfo(module);
            exportsInfo.SetHasUseInfo();
            owners[exportsInfo] = module;
        }
        var queue = new UsageQueue(owners) { MangleEscapingNamespaces = mangleEscapingNamespaces, Global = global };
        foreach (var (name, dependencies) in compilation.EntryDependencies)
        {
            var runtime = global ? null : EntryRuntime.Get(compilation.Entries, name);
            foreach (var dependency in dependencies)
            {
                if (moduleGraph.GetModule(dependency) is { } module)
                    ProcessReferencedModule(moduleGraph, module, ReferencedExport.None, runtime, queue, forceSideEffects: true);
            }
            // webpack's global includes count in each entry's runtime.
            foreach (var include in compilation.GlobalIncludes)
            {
                if (moduleGraph.GetModule(include) is { } module)
                    ProcessReferencedModule(moduleGraph, module, ReferencedExport.None, runtime, queue, forceSideEffects: true);
            }
        }
        while (queue.TryDequeue(out var item))
            ProcessModule(moduleGraph, item.Module, item.Runtime, queue);
    }

    // webpack's TupleQueue: a module already waiting is not queued again. PERF: a barrel re-exporting
    // hundreds of names was queued once per export whose usage changed, and each time processed all
    // its dependencies (three.js x10: 1.6 GB allocated, 2.4 s).
    private sealed class UsageQueue(Dictionary<ExportsInfo, Module> owners)
    {
        private readonly Queue<(Module Module, RuntimeSpec? Runtime)> _items = new();
        private readonly HashSet<(Module Module, RuntimeSpec? Runtime)> _queued = [];

        // Side-effect-free modules walked with nothing used, per runtime.
        public readonly HashSet<(Module Module, RuntimeSpec? Runtime)> WalkedSideEffectFree = [];

        public bool MangleEscapingNamespaces { get; init; }

        // optimization.usedExports "global": one usage for every runtime (workers' included).
        public bool Global { get; init; }

        public void Enqueue(Module module, RuntimeSpec? runtime)
        {
            if (_queued.Add((module, runtime))) _items.Enqueue((module, runtime));
        }

        public bool TryDequeue(out (Module Module, RuntimeSpec? Runtime) item)
        {
            if (!_items.TryDequeue(out item)) return false;
            _queued.Remove(item);
            return true;
        }

        // Queues the module the exports info belongs to, if it is a module's (not an export's value).
        public void EnqueueOwner(ExportsInfo exportsInfo, RuntimeSpec? runtime)
        {
            if (owners.TryGetValue(exportsInfo, out var module)) Enqueue(module, runtime);
        }
    }

    // What each active connection of the module (and of its blocks) uses of its target, merged
    // per target module, then applied to the targets.
    private static void ProcessModule(ModuleGraph moduleGraph, Module module, RuntimeSpec? runtime, UsageQueue queue)
    {
        var referencedByModule = new Dictionary<Module, Dictionary<string, ReferencedExport>?>();
        var order = new List<Module>();
        List<Module>? escaping = null;
        foreach (var dependency in module.Dependencies)
        {
            if (moduleGraph.GetConnection(dependency) is not { } connection)
                continue;
            // webpack: a block that opens an async entrypoint (a worker) is walked in the worker's runtime.
            if (dependency.Block?.GroupOptions.EntryOptions is { } entryOptions)
            {
                var entryRuntime = queue.Global ? null : RuntimeSpec.Of(entryOptions.Runtime ?? entryOptions.Name);
                if (connection.GetActiveState(entryRuntime) is ConnectionState.Active or ConnectionState.TransitiveOnly)
                    ProcessReferencedModule(moduleGraph, connection.Module, dependency.GetReferencedExports(moduleGraph, entryRuntime), entryRuntime, queue, forceSideEffects: false);
                continue;
            }
            var state = connection.GetActiveState(runtime);
            if (state == ConnectionState.Inactive)
                continue;
            var target = connection.Module;
            if (state == ConnectionState.TransitiveOnly)
            {
                ProcessModule(moduleGraph, target, runtime, queue);
                continue;
            }
            var known = referencedByModule.TryGetValue(target, out var old);
            // null: the whole exports object is used; nothing more to learn from this module.
            if (known && old is null)
                continue;
            var referenced = dependency.GetReferencedExports(moduleGraph, runtime);
            // webpack: a mangleable escape is applied after the merge; the plain whole object wins over it.
            if (ReferenceEquals(referenced, ReferencedExport.ExportsObjectMangleable))
            {
                if (escaping is null || !escaping.Contains(target)) (escaping ??= []).Add(target);
                continue;
            }
            if (!known)
                order.Add(target);
            if (referenced == ReferencedExport.ExportsObject || IsExportsObject(referenced))
            {
                referencedByModule[target] = null;
                continue;
            }
            if (!known || old is null)
                referencedByModule[target] = old = new Dictionary<string, ReferencedExport>(StringComparer.Ordinal);
            foreach (var export in referenced)
            {
                var key = string.Join('\n', export.Name);
                old[key] = old.TryGetValue(key, out var previous)
                    ? previous with { CanMangle = previous.CanMangle && export.CanMangle, CanInline = previous.CanInline && export.CanInline }
                    : export;
            }
        }
        foreach (var target in order)
        {
            var referenced = referencedByModule[target];
            ProcessReferencedModule(moduleGraph, target, referenced is null ? ReferencedExport.ExportsObject : [.. referenced.Values], runtime, queue, forceSideEffects: false);
        }
        if (escaping is null)
            return;
        foreach (var target in escaping)
        {
            // The whole object used plainly by another dependency wins.
            if (referencedByModule.TryGetValue(target, out var whole) && whole is null)
                continue;
            ProcessEscapingNamespace(moduleGraph, target, runtime, queue);
        }
    }

    // webpack's EXPORTS_OBJECT_REFERENCED_MANGLEABLE: the namespace object escapes; when every
    // export is known, all are used but stay renameable (the escaping value gets the original
    // names), never inlined (a namespace member is a binding), and the namespace stays one.
    private static void ProcessEscapingNamespace(ModuleGraph moduleGraph, Module module, RuntimeSpec? runtime, UsageQueue queue)
    {
        var exportsInfo = moduleGraph.GetExportsInfo(module);
        if (queue.MangleEscapingNamespaces && module.BuildExportsType == BuildExportsType.Namespace
            && exportsInfo.OtherExportsInfo.Provided == ProvidedState.NotProvided)
        {
            var changed = exportsInfo.SetAllKnownExportsUsed(runtime);
            if (exportsInfo.GetExportInfo("__esModule").SetUsed(UsageState.Used, runtime))
                changed = true;
            foreach (var exportInfo in exportsInfo.OwnedExports)
                exportInfo.CanInlineUse = false;
            if (changed)
                queue.Enqueue(module, runtime);
        }
        else if (exportsInfo.SetUsedInUnknownWay(runtime))
        {
            queue.Enqueue(module, runtime);
        }
    }

    private static bool IsExportsObject(IReadOnlyList<ReferencedExport> referenced)
    {
        foreach (var export in referenced)
        {
            if (export.Name.Count == 0) return true;
        }
        return false;
    }

    // A module reached without used exports is used for its side effects, unless its flags say it
    // has none (webpack's factoryMeta.sideEffectFree) and it is not an entry (forced).
    private static void ProcessReferencedModule(ModuleGraph moduleGraph, Module module, IReadOnlyList<ReferencedExport> usedExports,
        RuntimeSpec? runtime, UsageQueue queue, bool forceSideEffects)
    {
        var exportsInfo = moduleGraph.GetExportsInfo(module);
        if (usedExports.Count == 0)
        {
            if (!forceSideEffects && module.FactorySideEffectFree == true)
            {
                // Nothing is used and the module has no side effects, so it is not used for them
                // either; an active connection still evaluates it, so it is walked (once per
                // runtime) for the references it makes itself (a CommonJS module reading its own exports).
                if (queue.WalkedSideEffectFree.Add((module, runtime)))
                    queue.Enqueue(module, runtime);
                return;
            }
            // A module reached without any export used is needed for its side effects.
            if (exportsInfo.SetUsedForSideEffectsOnly(runtime))
                queue.Enqueue(module, runtime);
            return;
        }
        if (module.BuildExportsType == BuildExportsType.None)
        {
            if (exportsInfo.SetUsedWithoutInfo(runtime))
                queue.Enqueue(module, runtime);
            return;
        }
        foreach (var used in usedExports)
        {
            if (used.Name.Count == 0)
            {
                if (exportsInfo.SetUsedInUnknownWay(runtime))
                    queue.Enqueue(module, runtime);
                continue;
            }
            var current = exportsInfo;
            for (var i = 0; i < used.Name.Count; i++)
            {
                var exportInfo = current.GetExportInfo(used.Name[i]);
                if (!used.CanMangle)
                    exportInfo.CanMangleUse = false;
                // webpack: every use must accept the literal for the export to be inlined.
                if (exportInfo.CanInlineUse is null)
                    exportInfo.CanInlineUse = used.CanInline;
                else if (!used.CanInline)
                    exportInfo.CanInlineUse = false;
                var last = i == used.Name.Count - 1;
                if (!last && exportInfo.GetNestedExportsInfo() is { } nested)
                {
                    if (exportInfo.SetUsedConditionally(static state => state == UsageState.Unused, UsageState.OnlyPropertiesUsed, runtime))
                        queue.EnqueueOwner(current, runtime);
                    current = nested;
                    continue;
                }
                if (exportInfo.SetUsedConditionally(static state => state != UsageState.Used, UsageState.Used, runtime))
                    queue.EnqueueOwner(current, runtime);
                break;
            }
        }
    }
}
