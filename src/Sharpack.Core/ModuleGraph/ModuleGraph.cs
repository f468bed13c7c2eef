// Follows webpack lib/ModuleGraph.js: the modules of a compilation, addressed by integer handles
// and looked up by identifier, and the relations between them — a connection per resolved
// dependency (incoming and outgoing per module), each module's exports info, issuer, depth and
// traversal indexes, and why optimizations bailed out. Only the make owner thread adds modules and
// connections, so the graph needs no locks and its order is deterministic.

using Sharpack.Core.Runtime;

namespace Sharpack.Core.ModuleGraph;

/// <summary>All modules of a compilation and the connections between them.</summary>
public sealed class ModuleGraph
{
    /// <summary>Whether exports may be inlined at their uses in this compilation (webpack's enableInlineExports, set by the inline exports plugin): reads of them get a connection condition.</summary>
    public bool InlineExports { get; set; }

    private readonly Dictionary<string, Module> _byIdentifier = new(StringComparer.Ordinal);
    private readonly List<ModuleGraphModule> _data = [];

    // PERF: during make a connection is only set on its dependency; FinishMake builds every
    // module's incoming and outgoing lists once, in a deterministic order.
    private bool _listsBuilt;

    // What the graph knows per module, by module key.
    private sealed class ModuleGraphModule
    {
        public readonly List<ModuleGraphConnection> Incoming = [];
        public readonly List<ModuleGraphConnection> Outgoing = [];
        public ExportsInfo ExportsInfo = new();
        public int Depth = -1;
        public int PreOrderIndex = -1;
        public int PostOrderIndex = -1;
        public List<string>? OptimizationBailout;
    }

    /// <summary>Modules by key, in the order they were added.</summary>
    public List<Module> Modules { get; } = [];

    /// <summary>The module with <paramref name="identifier"/>, or null.</summary>
    public Module? Find(string identifier) => _byIdentifier.GetValueOrDefault(identifier);

    /// <summary>Adds a module; returns the existing one if the identifier is already present.</summary>
    public Module Add(Module module)
    {
        if (_byIdentifier.TryGetValue(module.Identifier, out var existing))
            return existing;
        module.Key = Modules.Count;
        Modules.Add(module);
        _data.Add(new ModuleGraphModule());
        _byIdentifier.Add(module.Identifier, module);
        return module;
    }

    private ModuleGraphModule Data(Module module) =>
        module.Key >= 0 && module.Key < _data.Count && Modules[module.Key] == module
            ? _data[module.Key]
            : throw new InvalidOperationException($"{module.Identifier} is not in this module graph.");

    /// <summary>
    /// Connects <paramref name="dependency"/> of <paramref name="originModule"/> (null for an entry)
    /// to the module it resolved to (webpack's setResolvedModule).
    /// </summary>
    public ModuleGraphConnection SetResolvedModule(Module? originModule, Dependency dependency, Module module)
    {
        var connection = new ModuleGraphConnection(originModule, dependency, module, dependency.IsWeak, dependency.GetCondition(this));
        dependency.Connection = connection;
        if (_listsBuilt)
        {
            Data(module).Incoming.Add(connection);
            if (originModule is not null)
                Data(originModule).Outgoing.Add(connection);
        }
        dependency.Target = module;
        return connection;
    }

    /// <summary>Points the connection of <paramref name="dependency"/> at another module (webpack's updateModule).</summary>
    public void UpdateModule(Dependency dependency, Module module)
    {
        if (dependency.Connection is not { } connection || connection.Module == module)
            return;
        if (_listsBuilt) Data(connection.Module).Incoming.Remove(connection);
        connection.Module = module;
        if (_listsBuilt) Data(module).Incoming.Add(connection);
        if (dependency.Target is not null)
            dependency.Target = module;
    }

    /// <summary>Removes the connection of <paramref name="dependency"/>.</summary>
    public void RemoveConnection(Dependency dependency)
    {
        if (dependency.Connection is not { } connection)
            return;
        dependency.Connection = null;
        dependency.Target = null;
        if (!_listsBuilt) return;
        Data(connection.Module).Incoming.Remove(connection);
        if (connection.OriginModule is { } origin)
            Data(origin).Outgoing.Remove(connection);
    }

    /// <summary>
    /// Ends make: connects the dependencies that name no request of their own but use the module
    /// another dependency resolved to (<see cref="Dependency.ResolvesWith"/>: an imported binding
    /// uses its import's module) or their own module (<see cref="Dependency.IsSelfReference"/>), then puts the modules and connections in an order that does not
    /// depend on which thread finished first — modules in pre-order from the entries (dependencies
    /// in source order; a module never reached last, by identifier), connections by origin module
    /// and dependency order — and sets each module's depth and pre- and post-order indexes.
    /// </summary>
    /// <param name="entryDependencies">The entries' dependencies, in entry order.</param>
    public void FinishMake(IEnumerable<Dependency> entryDependencies)
    {
        foreach (var module in Modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (dependency.ResolvesWith is { Connection: { } sourceConnection } && dependency.Connection is null)
                    dependency.Connection = new ModuleGraphConnection(module, dependency, sourceConnection.Module, dependency.IsWeak, dependency.GetCondition(this));
                else if (dependency.IsSelfReference && dependency.Connection is null)
                    dependency.Connection = new ModuleGraphConnection(module, dependency, module, dependency.IsWeak, dependency.GetCondition(this));
            }
        }
        var entries = new List<ModuleGraphConnection>();
        foreach (var dependency in entryDependencies)
        {
            if (dependency.Connection is { } connection)
                entries.Add(connection);
        }
        var order = new List<Module>(Modules.Count);
        var pre = new int[Modules.Count];
        var post = new int[Modules.Count];
        Array.Fill(pre, -1);
        Array.Fill(post, -1);
        var postCount = 0;
        // Iterative depth-first walk: (module, next dependency index). As webpack's visitModules numbers
        // them, what an async block (import()) loads comes after every entry's synchronous graph, the
        // blocks in the order they were met.
        var stack = new Stack<(Module Module, int Next)>();
        var deferred = new Queue<Module>();
        foreach (var entry in entries)
            deferred.Enqueue(entry.Module);
        while (deferred.Count > 0)
        {
            var root = deferred.Dequeue();
            if (pre[root.Key] >= 0) continue;
            pre[root.Key] = order.Count;
            order.Add(root);
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (module, next) = stack.Pop();
                var dependencies = module.Dependencies;
                var pushed = false;
                for (var i = next; i < dependencies.Count; i++)
                {
                    if (dependencies[i].Connection is not { } connection || pre[connection.Module.Key] >= 0) continue;
                    if (dependencies[i].Block is not null)
                    {
                        deferred.Enqueue(connection.Module);
                        continue;
                    }
                    var target = connection.Module;
                    pre[target.Key] = order.Count;
                    order.Add(target);
                    stack.Push((module, i + 1));
                    stack.Push((target, 0));
                    pushed = true;
                    break;
                }
                if (!pushed) post[module.Key] = postCount++;
            }
        }
        if (order.Count < Modules.Count)
        {
            var rest = new List<Module>();
            foreach (var module in Modules)
            {
                if (pre[module.Key] < 0) rest.Add(module);
            }
            rest.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
            order.AddRange(rest);
        }
        var data = new List<ModuleGraphModule>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            var module = order[i];
            var moduleData = _data[module.Key];
            moduleData.PreOrderIndex = pre[module.Key];
            moduleData.PostOrderIndex = post[module.Key];
            moduleData.Incoming.Clear();
            moduleData.Outgoing.Clear();
            data.Add(moduleData);
        }
        for (var i = 0; i < order.Count; i++)
            order[i].Key = i;
        Modules.Clear();
        Modules.AddRange(order);
        _data.Clear();
        _data.AddRange(data);
        // PERF: the lists sized exactly before they are filled (growing them was 1.8 MB of
        // discarded arrays on three.js x10, and a build collects no garbage until its budget).
        var incomingCounts = new int[Modules.Count];
        foreach (var entry in entries)
            incomingCounts[entry.Module.Key]++;
        foreach (var module in Modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (dependency.Connection is { } connection)
                    incomingCounts[connection.Module.Key]++;
            }
        }
        for (var i = 0; i < incomingCounts.Length; i++)
        {
            if (incomingCounts[i] > 0)
                _data[i].Incoming.EnsureCapacity(incomingCounts[i]);
        }
        foreach (var entry in entries)
            _data[entry.Module.Key].Incoming.Add(entry);
        foreach (var module in Modules)
        {
            var outgoing = _data[module.Key].Outgoing;
            outgoing.EnsureCapacity(module.Dependencies.Count);
            foreach (var dependency in module.Dependencies)
            {
                if (dependency.Connection is not { } connection) continue;
                outgoing.Add(connection);
                _data[connection.Module.Key].Incoming.Add(connection);
            }
        }
        _listsBuilt = true;
        AssignDepths(entries);
    }

    // Follows webpack's Compilation.assignDepths: breadth first from the entries (depth 0).
    private void AssignDepths(List<ModuleGraphConnection> entries)
    {
        var queue = new Queue<Module>();
        foreach (var entry in entries)
        {
            if (SetDepthIfLower(entry.Module, 0)) queue.Enqueue(entry.Module);
        }
        while (queue.TryDequeue(out var module))
        {
            var depth = _data[module.Key].Depth + 1;
            foreach (var connection in _data[module.Key].Outgoing)
            {
                if (SetDepthIfLower(connection.Module, depth)) queue.Enqueue(connection.Module);
            }
        }
    }

    /// <summary>The connection of <paramref name="dependency"/>, or null when it resolved to no module.</summary>
    public ModuleGraphConnection? GetConnection(Dependency dependency) => dependency.Connection;

    /// <summary>The module <paramref name="dependency"/> resolved to, or null.</summary>
    public Module? GetModule(Dependency dependency) => dependency.Connection?.Module;

    /// <summary>The module holding <paramref name="dependency"/>, or null for an entry dependency or one not connected.</summary>
    public Module? GetParentModule(Dependency dependency) => dependency.Connection?.OriginModule;

    /// <summary>The connections that point to <paramref name="module"/>.</summary>
    public IReadOnlyList<ModuleGraphConnection> GetIncomingConnections(Module module) => Data(module).Incoming;

    /// <summary>The connections that leave <paramref name="module"/>, in the order its dependencies were connected.</summary>
    public IReadOnlyList<ModuleGraphConnection> GetOutgoingConnections(Module module) => Data(module).Outgoing;

    /// <summary>The modules that connect to <paramref name="module"/>, each with its connections (null: entries).</summary>
    public Dictionary<Module, List<ModuleGraphConnection>> GetIncomingConnectionsByOriginModule(Module module)
    {
        var result = new Dictionary<Module, List<ModuleGraphConnection>>();
        foreach (var connection in Data(module).Incoming)
        {
            if (connection.OriginModule is not { } origin) continue;
            if (!result.TryGetValue(origin, out var list)) result[origin] = list = [];
            list.Add(connection);
        }
        return result;
    }

    /// <summary>The exports info of <paramref name="module"/>.</summary>
    public ExportsInfo GetExportsInfo(Module module) => Data(module).ExportsInfo;

    /// <summary>The export <paramref name="name"/> of <paramref name="module"/>, created when missing.</summary>
    public ExportInfo GetExportInfo(Module module, string name) => Data(module).ExportsInfo.GetExportInfo(name);

    /// <summary>The export <paramref name="name"/> of <paramref name="module"/> without creating it.</summary>
    public ExportInfo GetReadOnlyExportInfo(Module module, string name) => Data(module).ExportsInfo.GetReadOnlyExportInfo(name);

    /// <summary>The exports <paramref name="module"/> provides: null when not known, <paramref name="unknown"/> when only the runtime knows.</summary>
    public IReadOnlyList<string>? GetProvidedExports(Module module, out bool unknown) => Data(module).ExportsInfo.GetProvidedExports(out unknown);

    /// <summary>Whether <paramref name="module"/> provides the export at <paramref name="path"/> (null: unknown).</summary>
    public bool? IsExportProvided(Module module, IReadOnlyList<string> path) => Data(module).ExportsInfo.IsExportProvided(path);

    /// <summary>The exports of <paramref name="module"/> used in <paramref name="runtime"/>.</summary>
    public UsedExports GetUsedExports(Module module, RuntimeSpec? runtime) => Data(module).ExportsInfo.GetUsedExports(runtime);

    /// <summary>The module whose dependency first created <paramref name="module"/>; null for an entry module.</summary>
    public Module? GetIssuer(Module module) => module.Issuer;

    /// <summary>Sets the issuer of <paramref name="module"/>.</summary>
    public void SetIssuer(Module module, Module? issuer) => module.Issuer = issuer;

    /// <summary>Distance from an entry in the module graph (entries are 0), or -1 when not set.</summary>
    public int GetDepth(Module module) => Data(module).Depth;

    /// <summary>Sets the depth of <paramref name="module"/> if it is smaller than the known one; true when it changed.</summary>
    public bool SetDepthIfLower(Module module, int depth)
    {
        var data = Data(module);
        if (data.Depth >= 0 && data.Depth <= depth) return false;
        data.Depth = depth;
        return true;
    }

    /// <summary>The module's index in a pre-order walk of the graph from the entries, or -1.</summary>
    public int GetPreOrderIndex(Module module) => Data(module).PreOrderIndex;

    /// <summary>The module's index in a post-order walk of the graph from the entries, or -1.</summary>
    public int GetPostOrderIndex(Module module) => Data(module).PostOrderIndex;

    /// <summary>Sets the pre-order index once; true when it was not set.</summary>
    public bool SetPreOrderIndexIfUnset(Module module, int index)
    {
        var data = Data(module);
        if (data.PreOrderIndex >= 0) return false;
        data.PreOrderIndex = index;
        return true;
    }

    /// <summary>Sets the post-order index once; true when it was not set.</summary>
    public bool SetPostOrderIndexIfUnset(Module module, int index)
    {
        var data = Data(module);
        if (data.PostOrderIndex >= 0) return false;
        data.PostOrderIndex = index;
        return true;
    }

    /// <summary>True when <paramref name="module"/> is async (top-level await, directly or through an import).</summary>
    public bool IsAsync(Module module) => module.IsAsync;

    /// <summary>Marks <paramref name="module"/> async.</summary>
    public void SetAsync(Module module) => module.IsAsync = true;

    /// <summary>Why optimizations left <paramref name="module"/> as it is (webpack's optimizationBailout, shown in stats).</summary>
    public List<string> GetOptimizationBailout(Module module) => Data(module).OptimizationBailout ??= [];

    /// <summary>
    /// webpack's cloneModuleAttributes: <paramref name="target"/> takes the place of
    /// <paramref name="source"/> — its depth and traversal indexes, and its exports info itself
    /// (shared, so what is known of the one is known of the other).
    /// </summary>
    public void CloneModuleAttributes(Module source, Module target)
    {
        var from = Data(source);
        var to = Data(target);
        to.ExportsInfo = from.ExportsInfo;
        to.Depth = from.Depth;
        to.PreOrderIndex = from.PreOrderIndex;
        to.PostOrderIndex = from.PostOrderIndex;
        target.IsAsync = source.IsAsync;
    }

    /// <summary>
    /// webpack's moveModuleConnections, incoming side: the connections to <paramref name="oldModule"/>
    /// that <paramref name="filter"/> accepts point to <paramref name="newModule"/> from now on (their
    /// dependencies' targets too). Outgoing connections keep their origin (what they read of it is
    /// the old module's).
    /// </summary>
    public void MoveIncomingConnections(Module oldModule, Module newModule, Func<ModuleGraphConnection, bool> filter)
    {
        var incoming = Data(oldModule).Incoming;
        var target = Data(newModule).Incoming;
        // Compacted in place: a module many import would make removal one by one quadratic.
        var kept = 0;
        for (var i = 0; i < incoming.Count; i++)
        {
            var connection = incoming[i];
            if (!filter(connection))
            {
                incoming[kept++] = connection;
                continue;
            }
            connection.Module = newModule;
            if (connection.Dependency is { } dependency && dependency.Target == oldModule)
                dependency.Target = newModule;
            target.Add(connection);
        }
        incoming.RemoveRange(kept, incoming.Count - kept);
    }

    /// <summary>
    /// webpack's copyOutgoingModuleConnections: <paramref name="newModule"/> gets a copy of each
    /// outgoing connection of <paramref name="oldModule"/> that <paramref name="filter"/> accepts,
    /// with the same dependency, target and activity (the dependency keeps its own connection).
    /// </summary>
    public void CopyOutgoingConnections(Module oldModule, Module newModule, Func<ModuleGraphConnection, bool> filter)
    {
        foreach (var connection in Data(oldModule).Outgoing)
        {
            if (!filter(connection)) continue;
            var copy = connection.CopyFrom(newModule);
            Data(newModule).Outgoing.Add(copy);
            Data(copy.Module).Incoming.Add(copy);
        }
    }

    /// <summary>Takes <paramref name="module"/> out of the compilation (webpack's compilation.modules.delete): no id, no code.</summary>
    public static void RemoveModule(Module module) => module.IsRemoved = true;
}
