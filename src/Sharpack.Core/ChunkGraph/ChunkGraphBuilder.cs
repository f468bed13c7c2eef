// Follows webpack lib/Compilation.js (seal: entrypoints, dependOn, runtime chunks) and
// lib/buildChunkGraph.js: an entrypoint per entry, a chunk group per async block (shared by
// blocks with the same chunk name), and each group's chunk filled with the modules reachable
// from its roots through synchronous dependencies, minus the modules available in every parent
// group. Availability is a fixed point over the group graph (import() cycles included),
// computed on bit sets indexed by module key.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Core.ChunkGraph;

internal sealed class ChunkGraphBuilder(Compilation compilation)
{
    private readonly Dictionary<string, Chunk> _namedChunks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChunkGroup> _namedGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<AsyncDependenciesBlock, ChunkGroup> _blockGroups = [];
    private readonly List<List<(Module Module, AsyncDependenciesBlock Block)>> _groupBlocks = [];
    private readonly List<ulong[]> _reach = [];
    private readonly SortedSet<ChunkGroup> _stale = new(Comparer<ChunkGroup>.Create(static (a, b) => a.Key.CompareTo(b.Key)));
    private readonly int _words = (compilation.Graph.Modules.Count + 63) >> 6;

    public void Build()
    {
        var entrypoints = CreateEntrypoints();
        ConnectRuntimes(entrypoints);
        // Groups are discovered breadth first from the entrypoints; each one's reach (modules and
        // the blocks they open) is computed once, and may discover further groups.
        for (var i = 0; i < compilation.ChunkGroups.Count; i++)
            _reach.Add(Reach(compilation.ChunkGroups[i]));
        // A named group may gain blocks after its reach was computed (import()s with the same
        // chunk name in modules found later): compute those again.
        // Either may find groups (a worker's entrypoint) whose reach is computed next.
        while (_stale.Count > 0 || _reach.Count < compilation.ChunkGroups.Count)
        {
            while (_reach.Count < compilation.ChunkGroups.Count)
                _reach.Add(Reach(compilation.ChunkGroups[_reach.Count]));
            if (_stale.Count == 0)
                continue;
            var group = _stale.First();
            _stale.Remove(group);
            _reach[group.Key] = Reach(group);
        }
        var available = Availability();
        AssignModules(available);
        AssignGroupModuleIndices(available);
        RemoveGroupsWithAvailableModules();
        PropagateRuntimes();
        for (var i = 0; i < compilation.Chunks.Count; i++) compilation.Chunks[i].Key = i;
    }

    private Chunk AddChunk(string? name)
    {
        var chunk = new Chunk(name);
        compilation.Chunks.Add(chunk);
        if (name is not null) _namedChunks[name] = chunk;
        return chunk;
    }

    private ChunkGroup AddGroup(ChunkGroupOptions options, bool isEntrypoint, bool isAsyncEntrypoint = false)
    {
        var group = new ChunkGroup(options, isEntrypoint) { Key = compilation.ChunkGroups.Count, IsAsyncEntrypoint = isAsyncEntrypoint };
        compilation.ChunkGroups.Add(group);
        _groupBlocks.Add([]);
        if (options.Name is not null) _namedGroups[options.Name] = group;
        return group;
    }

    private List<(ChunkGroup Group, EntryDescription Entry)> CreateEntrypoints()
    {
        var entrypoints = new List<(ChunkGroup, EntryDescription)>();
        foreach (var (name, dependencies) in compilation.EntryDependencies)
        {
            var entry = FindEntry(name);
            var chunk = AddChunk(name);
            chunk.FilenameTemplate = entry?.Filename;
            chunk.FilenameFunction = entry?.FilenameFunction;
            var group = AddGroup(new ChunkGroupOptions(name), isEntrypoint: true);
            group.Chunks.Add(chunk);
            chunk.Groups.Add(group);
            group.EntrypointChunk = chunk;
            group.EntryOptions = entry;
            foreach (var dependency in dependencies)
            {
                if (dependency.Target is { } target && !chunk.EntryModules.Contains(target))
                    chunk.EntryModules.Add(target);
            }
            if (entry is not null) entrypoints.Add((group, entry));
        }
        return entrypoints;
    }

    private EntryDescription? FindEntry(string name)
    {
        foreach (var entry in compilation.Entries)
        {
            if (entry.Name == name) return entry;
        }
        return null;
    }

    // Runtime chunks: an entry's own chunk, a chunk named by `runtime` (which
    // optimization.runtimeChunk's plugin sets) shared by the entries naming it, or for dependOn the
    // runtime of the entries depended on.
    private void ConnectRuntimes(List<(ChunkGroup Group, EntryDescription Entry)> entrypoints)
    {
        var runtimeChunks = new HashSet<Chunk>();
        foreach (var (group, entry) in entrypoints)
        {
            if (entry.DependOn.Count > 0)
                continue;
            var chunk = group.EntrypointChunk!;
            var runtime = entry.Runtime;
            if (runtime is null)
            {
                UseRuntime(group, chunk, entry.Name);
                continue;
            }
            if (_namedChunks.TryGetValue(runtime, out var runtimeChunk) && !runtimeChunks.Contains(runtimeChunk))
            {
                compilation.Errors.Add(new BuildDiagnostic(
                    $"Entrypoint '{entry.Name}' has a 'runtime' option which points to another entrypoint named '{runtime}'.\n" +
                    "It's not valid to use other entrypoints as runtime chunk.\n" +
                    $"Did you mean to use 'dependOn: \"{runtime}\"' instead to allow using entrypoint '{entry.Name}' within the runtime of entrypoint '{runtime}'? For this '{runtime}' must always be loaded when '{entry.Name}' is used.\n" +
                    $"Or do you want to use the entrypoints '{entry.Name}' and '{runtime}' independently on the same page with a shared runtime? In this case give them both the same value for the 'runtime' option. It must be a name not already used by an entrypoint."));
                UseRuntime(group, chunk, entry.Name);
                continue;
            }
            if (runtimeChunk is null)
            {
                runtimeChunk = AddChunk(runtime);
                runtimeChunks.Add(runtimeChunk);
            }
            group.Chunks.Insert(0, runtimeChunk);
            runtimeChunk.Groups.Add(group);
            UseRuntime(group, runtimeChunk, runtime);
            chunk.Runtime = RuntimeSpec.Of(runtime);
        }
        var resolving = new HashSet<ChunkGroup>();
        foreach (var (group, entry) in entrypoints)
        {
            if (entry.DependOn.Count > 0)
                ResolveDependOn(group, entry, entrypoints, resolving);
        }
    }

    private static void UseRuntime(ChunkGroup group, Chunk runtimeChunk, string runtime)
    {
        group.RuntimeChunk = runtimeChunk;
        runtimeChunk.HasRuntime = true;
        runtimeChunk.Runtime = RuntimeSpec.Merge(runtimeChunk.Runtime, RuntimeSpec.Of(runtime));
        group.EntrypointChunk!.Runtime = RuntimeSpec.Merge(group.EntrypointChunk.Runtime, RuntimeSpec.Of(runtime));
    }

    private void ResolveDependOn(ChunkGroup group, EntryDescription entry, List<(ChunkGroup Group, EntryDescription Entry)> entrypoints, HashSet<ChunkGroup> resolving)
    {
        if (group.RuntimeChunk is not null || !resolving.Add(group))
            return;
        var chunk = group.EntrypointChunk!;
        if (entry.Runtime is not null)
        {
            compilation.Errors.Add(new BuildDiagnostic(
                $"Entrypoint '{entry.Name}' has 'dependOn' and 'runtime' specified. This is not valid.\n" +
                "Entrypoints that depend on other entrypoints do not have their own runtime.\n" +
                "They will use the runtime(s) from referenced entrypoints instead.\n" +
                "Remove the 'runtime' option from the entrypoint."));
        }
        foreach (var name in entry.DependOn)
        {
            var index = entrypoints.FindIndex(e => e.Entry.Name == name);
            if (index < 0) continue;
            var (dependency, dependencyEntry) = entrypoints[index];
            if (resolving.Contains(dependency) && dependency.RuntimeChunk is null)
            {
                compilation.Errors.Add(new BuildDiagnostic($"Entrypoints '{entry.Name}' and '{name}' use 'dependOn' to depend on each other in a circular way."));
                UseRuntime(group, chunk, entry.Name);
                return;
            }
            ResolveDependOn(dependency, dependencyEntry, entrypoints, resolving);
            dependency.AddChild(group);
        }
        var runtimeChunk = group.Parents.Count > 0 ? group.Parents[0].RuntimeChunk : null;
        if (runtimeChunk is null)
        {
            UseRuntime(group, chunk, entry.Name);
            return;
        }
        group.RuntimeChunk = runtimeChunk;
        foreach (var parent in group.Parents)
            chunk.Runtime = RuntimeSpec.Merge(chunk.Runtime, parent.EntrypointChunk!.Runtime);
    }

    // The modules a group reaches through synchronous dependencies from its roots, not counting
    // availability; blocks met on the way open (or join) child groups.
    private ulong[] Reach(ChunkGroup group)
    {
        var bits = new ulong[_words];
        var stack = new Stack<Module>();
        void Push(Module module)
        {
            ref var word = ref bits[module.Key >> 6];
            var mask = 1UL << (module.Key & 63);
            if ((word & mask) != 0) return;
            word |= mask;
            stack.Push(module);
        }
        if (group.IsEntrypoint)
        {
            foreach (var module in group.EntrypointChunk!.EntryModules) Push(module);
            // webpack's global includes join every entry of the configuration (not a worker's).
            if (!group.IsAsyncEntrypoint)
            {
                foreach (var include in compilation.GlobalIncludes)
                {
                    if (include.Target is { } target) Push(target);
                }
            }
        }
        var blocks = _groupBlocks[group.Key];
        for (var i = 0; i < blocks.Count; i++)
        {
            var (owner, block) = blocks[i];
            foreach (var dependency in block.Dependencies)
            {
                if (dependency.Target is { } target && !dependency.IsWeak) Push(target);
            }
            foreach (var nested in block.Blocks) OpenBlock(group, owner, nested);
        }
        var inline = group.IsEntrypoint && !LoadsAsyncChunks(group.EntryOptions);
        void Inline(Module owner, AsyncDependenciesBlock block)
        {
            foreach (var dependency in block.Dependencies)
            {
                if (dependency.Target is { } target && !dependency.IsWeak) Push(target);
            }
            foreach (var nested in block.Blocks)
            {
                // A worker's block is its own entrypoint even where import()s are inlined (webpack's iteratorBlock).
                if (nested.GroupOptions.EntryOptions is not null) OpenBlock(group, owner, nested);
                else Inline(owner, nested);
            }
        }
        // Modules whose connections count although they are not included (webpack's TRANSITIVE_ONLY).
        ulong[]? transitive = null;
        void Follow(Module module)
        {
            foreach (var dependency in module.Dependencies)
            {
                // Bindings read from an import connect too (their own connection; no Target of their own).
                if (dependency.Block is not null || dependency.IsWeak || (dependency.Connection?.Module ?? dependency.Target) is not { } target) continue;
                // webpack's getBlockModules: an inactive connection (an import of a side-effect-free
                // module, a re-export nobody uses) does not include its module. Asked for any
                // runtime: a module one of the group's runtimes needs is included.
                switch (dependency.Connection?.GetActiveState(null) ?? ConnectionState.Active)
                {
                    case ConnectionState.Inactive:
                        continue;
                    case ConnectionState.TransitiveOnly:
                        transitive ??= new ulong[_words];
                        ref var word = ref transitive[target.Key >> 6];
                        var mask = 1UL << (target.Key & 63);
                        if ((word & mask) == 0)
                        {
                            word |= mask;
                            Follow(target);
                        }
                        continue;
                    default:
                        Push(target);
                        continue;
                }
            }
        }
        while (stack.Count > 0)
        {
            var module = stack.Pop();
            Follow(module);
            foreach (var block in module.Blocks)
            {
                if (inline && block.GroupOptions.EntryOptions is null) Inline(module, block);
                else OpenBlock(group, module, block);
            }
        }
        return bits;
    }

    // webpack's chunkGroupInfo.asyncChunks and .chunkLoading: an entry whose asyncChunks or
    // chunkLoading is false (its own, else output's) puts what its import()s load in its own
    // chunks, and those import()s resolve at once.
    private bool LoadsAsyncChunks(EntryDescription? entry)
    {
        var output = compilation.Options.Output;
        var asyncChunks = entry?.AsyncChunks ?? output.AsyncChunks;
        var chunkLoading = entry?.ChunkLoading is { } own ? own.Length > 0 : output.ChunkLoading is not null;
        return asyncChunks && chunkLoading;
    }

    private void OpenBlock(ChunkGroup parent, Module module, AsyncDependenciesBlock block)
    {
        if (block.GroupOptions.EntryOptions is { } entryOptions)
        {
            OpenAsyncEntrypoint(parent, module, block, entryOptions);
            return;
        }
        if (!_blockGroups.TryGetValue(block, out var group))
        {
            var name = block.GroupOptions.Name;
            if (name is not null && _namedGroups.TryGetValue(name, out var named))
            {
                group = named;
                if (group.IsEntrypoint)
                {
                    compilation.Errors.Add(new BuildDiagnostic(
                        $"It's not allowed to load an initial chunk on demand. The chunk name \"{name}\" is already used by an entrypoint.", module.ReadableName));
                    return;
                }
            }
            else
            {
                group = AddGroup(block.GroupOptions, isEntrypoint: false);
                var chunk = AddChunk(name);
                group.Chunks.Add(chunk);
                chunk.Groups.Add(group);
            }
            _blockGroups[block] = group;
            block.Group = group;
            group.Origins.Add((module, block));
            _groupBlocks[group.Key].Add((module, block));
            if (group.Key <= _reach.Count) _stale.Add(group);
        }
        parent.AddChild(group);
    }

    // webpack's addAsyncEntrypoint (buildChunkGraph's iteratorBlock with entryOptions): a worker's
    // block starts an entrypoint of its own, with its own chunk and runtime, shared by the blocks
    // of the same name or of the same worker module; it is no child of the group whose code starts
    // it (nothing there is available to it), only one of that group's async entrypoints.
    private readonly Dictionary<string, ChunkGroup> _namedAsyncEntrypoints = new(StringComparer.Ordinal);
    private readonly Dictionary<Module, ChunkGroup> _moduleAsyncEntrypoints = [];

    private void OpenAsyncEntrypoint(ChunkGroup parent, Module module, AsyncDependenciesBlock block, EntryDescription entryOptions)
    {
        if (!_blockGroups.TryGetValue(block, out var group))
        {
            var name = block.GroupOptions.Name;
            var target = block.Dependencies.Count > 0 ? block.Dependencies[0].Target : null;
            if (!(name is not null && _namedAsyncEntrypoints.TryGetValue(name, out group)) && !(target is not null && _moduleAsyncEntrypoints.TryGetValue(target, out group)))
            {
                if (name is not null && _namedGroups.TryGetValue(name, out var named))
                {
                    // webpack's addAsyncEntrypoint: an entrypoint of that name (an entry the worker
                    // is, too) is the one started; any other group of that name is an error.
                    if (!named.IsEntrypoint)
                    {
                        compilation.Errors.Add(new BuildDiagnostic(
                            $"Cannot add an async entrypoint with the name '{name}', because there is already an chunk group with this name", module.ReadableName));
                        return;
                    }
                    group = named;
                    // webpack's PROCESS_ENTRY_BLOCK: the worker's module is an entry module there too.
                    if (target is not null && named.EntrypointChunk is { } namedChunk && !namedChunk.EntryModules.Contains(target))
                    {
                        namedChunk.EntryModules.Add(target);
                        if (named.Key < _reach.Count) _stale.Add(named);
                    }
                }
                else
                {
                    group = AddGroup(block.GroupOptions, isEntrypoint: true, isAsyncEntrypoint: true);
                    var chunk = AddChunk(name);
                    chunk.FilenameTemplate = entryOptions.Filename;
                    group.Chunks.Add(chunk);
                    chunk.Groups.Add(group);
                    group.EntrypointChunk = chunk;
                    group.EntryOptions = entryOptions;
                    if (target is not null) chunk.EntryModules.Add(target);
                    UseRuntime(group, chunk, entryOptions.Runtime ?? name ?? "");
                    if (name is not null) _namedAsyncEntrypoints[name] = group;
                    if (target is not null) _moduleAsyncEntrypoints[target] = group;
                }
            }
            _blockGroups[block] = group;
            block.Group = group;
            group.Origins.Add((module, block));
        }
        if (group != parent && !parent.AsyncEntrypoints.Contains(group))
            parent.AsyncEntrypoints.Add(group);
    }

    // available(G) = ∩ over parents P of (available(P) ∪ reach(P)); entrypoints without parents
    // start empty, everything else starts full and shrinks until nothing changes.
    private List<ulong[]> Availability()
    {
        var groups = compilation.ChunkGroups;
        var available = new List<ulong[]>(groups.Count);
        foreach (var group in groups)
        {
            var bits = new ulong[_words];
            if (!(group.IsEntrypoint && group.Parents.Count == 0)) Array.Fill(bits, ulong.MaxValue);
            available.Add(bits);
        }
        var scratch = new ulong[_words];
        bool changed;
        do
        {
            changed = false;
            foreach (var group in groups)
            {
                if (group.Parents.Count == 0) continue;
                Array.Fill(scratch, ulong.MaxValue);
                foreach (var parent in group.Parents)
                {
                    var parentAvailable = available[parent.Key];
                    var parentReach = _reach[parent.Key];
                    for (var w = 0; w < _words; w++) scratch[w] &= parentAvailable[w] | parentReach[w];
                }
                var current = available[group.Key];
                for (var w = 0; w < _words; w++)
                {
                    if (current[w] != scratch[w]) { current[w] = scratch[w]; changed = true; }
                }
            }
        }
        while (changed);
        return available;
    }

    private void AssignModules(List<ulong[]> available)
    {
        var modules = compilation.Graph.Modules;
        foreach (var group in compilation.ChunkGroups)
        {
            var chunk = group.IsEntrypoint ? group.EntrypointChunk! : group.Chunks[0];
            var reach = _reach[group.Key];
            var groupAvailable = available[group.Key];
            var seen = new HashSet<Module>(chunk.Modules);
            for (var w = 0; w < _words; w++)
            {
                var bits = reach[w] & ~groupAvailable[w];
                while (bits != 0)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    var module = modules[(w << 6) + bit];
                    if (seen.Add(module))
                        compilation.ChunkGraph.ConnectNew(chunk, module);
                }
            }
        }
    }

    // webpack's visitModules numbers the modules a group receives as it enters and leaves them: from
    // the group's roots (its entry modules, or what its blocks import) through synchronous
    // dependencies in source order, skipping what the group already has available.
    private void AssignGroupModuleIndices(List<ulong[]> available)
    {
        foreach (var group in compilation.ChunkGroups)
        {
            var reach = _reach[group.Key];
            var groupAvailable = available[group.Key];
            bool Member(Module module) =>
                ((reach[module.Key >> 6] & ~groupAvailable[module.Key >> 6]) & (1UL << (module.Key & 63))) != 0;
            var preOrder = new Dictionary<Module, int>();
            var postOrder = new Dictionary<Module, int>();
            var stack = new Stack<(Module Module, int Next)>();
            void Walk(Module root)
            {
                if (!Member(root) || preOrder.ContainsKey(root))
                    return;
                preOrder[root] = preOrder.Count;
                stack.Push((root, 0));
                while (stack.Count > 0)
                {
                    var (module, next) = stack.Pop();
                    var dependencies = module.Dependencies;
                    var descended = false;
                    for (var i = next; i < dependencies.Count; i++)
                    {
                        var dependency = dependencies[i];
                        if (dependency.Block is not null || dependency.IsWeak || (dependency.Connection?.Module ?? dependency.Target) is not { } target
                            || (dependency.Connection?.GetActiveState(null) ?? ConnectionState.Active) != ConnectionState.Active
                            || !Member(target) || preOrder.ContainsKey(target))
                            continue;
                        preOrder[target] = preOrder.Count;
                        stack.Push((module, i + 1));
                        stack.Push((target, 0));
                        descended = true;
                        break;
                    }
                    if (!descended)
                        postOrder[module] = postOrder.Count;
                }
            }
            if (group.IsEntrypoint)
            {
                foreach (var module in group.EntrypointChunk!.EntryModules)
                    Walk(module);
                if (!group.IsAsyncEntrypoint)
                {
                    foreach (var include in compilation.GlobalIncludes)
                    {
                        if (include.Target is { } target)
                            Walk(target);
                    }
                }
            }
            foreach (var (_, block) in _groupBlocks[group.Key])
            {
                foreach (var dependency in block.Dependencies)
                {
                    if (dependency.Target is { } target && !dependency.IsWeak)
                        Walk(target);
                }
            }
            group.SetModuleOrderIndices(preOrder, postOrder);
        }
    }

    // An async chunk belongs to the runtimes of every entrypoint it can be loaded from.
    private void PropagateRuntimes()
    {
        foreach (var group in compilation.ChunkGroups)
        {
            if (!group.IsEntrypoint || group.EntrypointChunk is not { } entryChunk) continue;
            var seen = new HashSet<ChunkGroup>();
            var queue = new Queue<ChunkGroup>(group.Children);
            while (queue.Count > 0)
            {
                var child = queue.Dequeue();
                if (child.IsEntrypoint || !seen.Add(child)) continue;
                foreach (var chunk in child.Chunks)
                    chunk.Runtime = RuntimeSpec.Merge(chunk.Runtime, entryChunk.Runtime);
                foreach (var grandchild in child.Children) queue.Enqueue(grandchild);
            }
        }
    }

    // As webpack's buildChunkGraph: a block whose modules are all available where it is loaded (an
    // import() of a module its parent chunk has) opens no chunk; its group keeps no chunk, and the
    // import() loads nothing. webpack never connects such a group and removes it with its chunk
    // whatever optimization.removeEmptyChunks says (that option is RemoveEmptyChunksPlugin's, for
    // chunks emptied later).
    private void RemoveGroupsWithAvailableModules()
    {
        compilation.Chunks.RemoveAll(chunk =>
        {
            if (chunk.Modules.Count > 0 || chunk.HasRuntime || chunk.IsInitial)
                return false;
            foreach (var group in chunk.Groups) group.Chunks.Remove(chunk);
            return true;
        });
    }
}
