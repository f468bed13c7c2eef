// SplitChunksPlugin's pass over one compilation, as webpack's optimizeChunks tap: every module is
// offered to the cache groups that match it, once per set of chunks it could be split from; the
// candidates (chunks info items) are then taken best first (priority, chunk count, size saved),
// each becoming a new chunk (or reusing one) when its limits allow, and the rest updated.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Optimize;

public sealed partial class SplitChunksPlugin
{
    // A candidate chunk (webpack's ChunksInfoItem): modules of one cache group that could move out
    // of these chunks together.
    private sealed class ChunksInfoItem(CacheGroup cacheGroup, int cacheGroupIndex, string? name, int types)
    {
        public readonly HashSet<Module> Modules = [];
        public readonly CacheGroup CacheGroup = cacheGroup;
        public readonly int CacheGroupIndex = cacheGroupIndex;
        public readonly string? Name = name;
        public double[] Sizes = new double[types];
        public readonly List<Chunk> Chunks = [];
        public readonly HashSet<Chunk> ChunkMembers = [];
        public readonly HashSet<ChunkSet> ChunksKeys = [];
        // Modules sorted by identifier, for the last tie-break; dropped when the modules change.
        public string[]? SortedIdentifiers;
    }

    // webpack keys items by "<cache group key> name:<name>" or "<cache group key> chunks:<set>".
    private readonly record struct InfoKey(string CacheGroupKey, string? Name, ChunkSet? Chunks);

    // webpack's chunksInfoMap: a Map, iterated in insertion order (a re-added key goes last).
    private sealed class ChunksInfoMap
    {
        private readonly Dictionary<InfoKey, int> _slots = [];
        private readonly List<(InfoKey Key, ChunksInfoItem? Item)> _entries = [];

        public int Count => _slots.Count;

        public ChunksInfoItem? Get(InfoKey key) => _slots.TryGetValue(key, out var slot) ? _entries[slot].Item : null;

        public void Set(InfoKey key, ChunksInfoItem item)
        {
            if (_slots.TryGetValue(key, out var slot))
            {
                _entries[slot] = (key, item);
                return;
            }
            _slots[key] = _entries.Count;
            _entries.Add((key, item));
        }

        public void Remove(InfoKey key)
        {
            if (!_slots.Remove(key, out var slot))
                return;
            _entries[slot] = default;
            // Compact when most slots are dead, keeping the order.
            if (_entries.Count > 64 && _slots.Count < _entries.Count / 4)
            {
                var live = new List<(InfoKey, ChunksInfoItem?)>(_slots.Count);
                foreach (var entry in _entries)
                {
                    if (entry.Item is not null)
                    {
                        _slots[entry.Key] = live.Count;
                        live.Add(entry);
                    }
                }
                _entries.Clear();
                _entries.AddRange(live);
            }
        }

        /// <summary>The live entries in insertion order (a snapshot, safe to change the map while walking it).</summary>
        public List<(InfoKey Key, ChunksInfoItem Item)> Snapshot()
        {
            var list = new List<(InfoKey, ChunksInfoItem)>(_slots.Count);
            foreach (var (key, item) in _entries)
            {
                if (item is not null) list.Add((key, item));
            }
            return list;
        }

        /// <summary>The best entry (webpack's loop keeping the first of equals).</summary>
        public (InfoKey Key, ChunksInfoItem Item) Best()
        {
            (InfoKey Key, ChunksInfoItem? Item) best = default;
            foreach (var entry in _entries)
            {
                if (entry.Item is null) continue;
                if (best.Item is null || CompareEntries(best.Item, entry.Item) < 0)
                    best = entry;
            }
            return (best.Key, best.Item!);
        }
    }

    // webpack's compareEntries: higher priority, more chunks, more size saved, earlier cache group,
    // more modules, then the modules' identifiers.
    private static int CompareEntries(ChunksInfoItem a, ChunksInfoItem b)
    {
        var diffPriority = a.CacheGroup.Priority - b.CacheGroup.Priority;
        if (diffPriority != 0) return diffPriority > 0 ? 1 : -1;
        var diffCount = a.Chunks.Count - b.Chunks.Count;
        if (diffCount != 0) return diffCount;
        var aReduce = SizeLimits.Total(a.Sizes) * (a.Chunks.Count - 1);
        var bReduce = SizeLimits.Total(b.Sizes) * (b.Chunks.Count - 1);
        var diffReduce = aReduce - bReduce;
        if (diffReduce != 0) return diffReduce > 0 ? 1 : -1;
        var indexDiff = b.CacheGroupIndex - a.CacheGroupIndex;
        if (indexDiff != 0) return indexDiff;
        var diff = a.Modules.Count - b.Modules.Count;
        if (diff != 0) return diff;
        var idsA = a.SortedIdentifiers ??= SortedIdentifiers(a.Modules);
        var idsB = b.SortedIdentifiers ??= SortedIdentifiers(b.Modules);
        for (var i = 0; i < idsA.Length; i++)
        {
            var order = string.CompareOrdinal(idsA[i], idsB[i]);
            if (order != 0) return order < 0 ? -1 : 1;
        }
        return 0;
    }

    private static string[] SortedIdentifiers(HashSet<Module> modules)
    {
        var ids = new string[modules.Count];
        var i = 0;
        foreach (var module in modules)
            ids[i++] = module.Identifier;
        Array.Sort(ids, StringComparer.Ordinal);
        return ids;
    }

    // What a split chunk's maxSize pass needs (webpack's maxSizeQueueMap values).
    private sealed record MaxSizeSettings(SizeLimits MinSize, SizeLimits MaxAsyncSize, SizeLimits MaxInitialSize, string AutomaticNameDelimiter, List<string> Keys);

    /// <summary>One optimizeChunks run over a compilation.</summary>
    private sealed partial class Run(SplitChunksPlugin plugin, Compilation compilation)
    {
        private readonly ChunkGraph _chunkGraph = compilation.ChunkGraph;
        private readonly ChunkSetTable _sets = new();
        private readonly ChunksInfoMap _chunksInfoMap = new();
        private readonly Dictionary<string, bool> _alreadyValidatedParents = new(StringComparer.Ordinal);
        private readonly HashSet<string> _alreadyReportedErrors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Chunk> _namedChunks = new(StringComparer.Ordinal);
        private readonly Dictionary<Chunk, MaxSizeSettings> _maxSizeQueue = [];
        private double[]?[] _moduleSizes = [];
        private ChunkSetsInGraph? _chunkSetsInGraph;
        private ChunkSetsInGraph? _exportsChunkSetsInGraph;
        // Per module key: its chunks grouped by used exports (webpack's groupedByExportsMap).
        private List<ChunkSet>?[]? _groupedByExports;
        private readonly List<Chunk> _scratchChunks = [];

        public void Optimize()
        {
            foreach (var chunk in compilation.Chunks)
            {
                if (chunk.Name is { } name)
                    _namedChunks.TryAdd(name, chunk);
            }
            _moduleSizes = new double[]?[compilation.Graph.Modules.Count];

            var sources = new List<CacheGroupSource>();
            foreach (var module in compilation.Graph.Modules)
            {
                sources.Clear();
                foreach (var handler in plugin._handlers)
                    handler.AddSources(module, compilation, sources);
                if (sources.Count == 0)
                    continue;
                List<ChunkSet>? combinations = null;
                List<ChunkSet>? combinationsByUsedExports = null;
                var cacheGroupIndex = 0;
                foreach (var source in sources)
                {
                    var cacheGroup = plugin.Resolve(source);
                    List<ChunkSet> combs;
                    if (cacheGroup.UsedExports)
                        combs = combinationsByUsedExports ??= CombinationsByUsedExports(module);
                    else
                        combs = combinations ??= Combinations(module);
                    foreach (var combination in combs)
                    {
                        if (combination.Count < cacheGroup.MinChunks)
                            continue;
                        var selected = Select(combination, cacheGroup.ChunksFilter);
                        AddModuleToChunksInfoMap(cacheGroup, cacheGroupIndex, selected, module);
                    }
                    cacheGroupIndex++;
                }
            }

            // Candidates below minSize (or saving too little) are dropped before the queue.
            foreach (var (key, info) in _chunksInfoMap.Snapshot())
            {
                if (RemoveMinSizeViolatingModules(info) || !info.CacheGroup.MinSizeReduction.IsReductionMetBy(info.Sizes, info.Chunks.Count))
                    _chunksInfoMap.Remove(key);
            }

            while (_chunksInfoMap.Count > 0)
                TakeBest();

            SplitByMaxSize();
        }

        private ChunkSetsInGraph ChunkSetsInGraph()
        {
            if (_chunkSetsInGraph is not null)
                return _chunkSetsInGraph;
            _chunkSetsInGraph = new ChunkSetsInGraph();
            foreach (var module in compilation.Graph.Modules)
                _chunkSetsInGraph.Add(ModuleChunks(module));
            return _chunkSetsInGraph;
        }

        private ChunkSet ModuleChunks(Module module) => _sets.Get(_chunkGraph.GetModuleChunks(module));

        private List<ChunkSet> Combinations(Module module)
        {
            var inGraph = ChunkSetsInGraph();
            var set = ModuleChunks(module);
            return set.Combinations ??= inGraph.Combinations(set);
        }

        // webpack's groupChunksByExports: a module's chunks split by how its exports are used in their runtimes.
        private List<ChunkSet> GroupChunksByExports(Module module)
        {
            var exportsInfo = compilation.Graph.GetExportsInfo(module);
            var groups = new List<(string Key, List<Chunk> Chunks)>();
            foreach (var chunk in _chunkGraph.GetModuleChunks(module))
            {
                var key = exportsInfo.GetUsageKey(chunk.Runtime);
                var found = false;
                foreach (var (groupKey, chunks) in groups)
                {
                    if (groupKey == key)
                    {
                        chunks.Add(chunk);
                        found = true;
                        break;
                    }
                }
                if (!found)
                    groups.Add((key, [chunk]));
            }
            var result = new List<ChunkSet>(groups.Count);
            foreach (var (_, chunks) in groups)
                result.Add(_sets.Get(chunks));
            return result;
        }

        private ChunkSetsInGraph ExportsChunkSetsInGraph()
        {
            if (_exportsChunkSetsInGraph is not null)
                return _exportsChunkSetsInGraph;
            _exportsChunkSetsInGraph = new ChunkSetsInGraph();
            var modules = compilation.Graph.Modules;
            _groupedByExports = new List<ChunkSet>?[modules.Count];
            for (var i = 0; i < modules.Count; i++)
            {
                var grouped = GroupChunksByExports(modules[i]);
                _groupedByExports[i] = grouped;
                foreach (var set in grouped)
                    _exportsChunkSetsInGraph.Add(set);
            }
            return _exportsChunkSetsInGraph;
        }

        private List<ChunkSet> CombinationsByUsedExports(Module module)
        {
            var inGraph = ExportsChunkSetsInGraph();
            var grouped = module.Key >= 0 && module.Key < _groupedByExports!.Length ? _groupedByExports[module.Key] : null;
            grouped ??= GroupChunksByExports(module);
            var result = new List<ChunkSet>();
            var seen = new HashSet<ChunkSet>();
            foreach (var set in grouped)
            {
                foreach (var combination in set.ExportsCombinations ??= inGraph.Combinations(set))
                {
                    if (seen.Add(combination))
                        result.Add(combination);
                }
            }
            return result;
        }

        // webpack's getSelectedChunks: the chunks of a set the filter accepts, cached per set and filter.
        private ChunkSet Select(ChunkSet set, SplitChunksFilter filter)
        {
            if (set.SelectedBy(filter) is { } cached)
                return cached;
            _scratchChunks.Clear();
            foreach (var chunk in set.Chunks)
            {
                if (filter.Accepts(chunk, compilation))
                    _scratchChunks.Add(chunk);
            }
            var selected = _scratchChunks.Count == set.Count ? set : _sets.Get(_scratchChunks);
            set.SetSelected(filter, selected);
            return selected;
        }

        private double[] ModuleSizes(Module module)
        {
            if (module.Key >= 0 && module.Key < _moduleSizes.Length && _moduleSizes[module.Key] is { } cached)
                return cached;
            var types = module.SourceTypes;
            var sizes = new double[plugin._types.Count];
            foreach (var type in types)
            {
                var index = plugin._types.Intern(type);
                if (index >= sizes.Length)
                    Array.Resize(ref sizes, index + 1);
                sizes[index] += module.GetSize(type);
            }
            if (module.Key >= 0 && module.Key < _moduleSizes.Length)
                _moduleSizes[module.Key] = sizes;
            return sizes;
        }

        private static void AddSizes(ChunksInfoItem info, double[] sizes, double sign)
        {
            if (info.Sizes.Length < sizes.Length)
            {
                var grown = info.Sizes;
                Array.Resize(ref grown, sizes.Length);
                info.Sizes = grown;
            }
            for (var i = 0; i < sizes.Length; i++)
                info.Sizes[i] += sign * sizes[i];
        }

        private void AddModuleToChunksInfoMap(CacheGroup cacheGroup, int cacheGroupIndex, ChunkSet selectedChunks, Module module)
        {
            if (selectedChunks.Count < cacheGroup.MinChunks)
                return;
            var name = GetName(cacheGroup, module, selectedChunks);
            if (name is not null && _namedChunks.TryGetValue(name, out var existingChunk) && !ValidateExistingChunk(cacheGroup, name, existingChunk, selectedChunks))
                return;
            var key = name is not null ? new InfoKey(cacheGroup.Key, name, null) : new InfoKey(cacheGroup.Key, null, selectedChunks);
            var info = _chunksInfoMap.Get(key);
            if (info is null)
            {
                info = new ChunksInfoItem(cacheGroup, cacheGroupIndex, name, plugin._types.Count);
                _chunksInfoMap.Set(key, info);
            }
            if (info.Modules.Add(module))
            {
                info.SortedIdentifiers = null;
                AddSizes(info, ModuleSizes(module), 1);
            }
            if (info.ChunksKeys.Add(selectedChunks))
            {
                foreach (var chunk in selectedChunks.Chunks)
                {
                    if (info.ChunkMembers.Add(chunk))
                        info.Chunks.Add(chunk);
                }
            }
        }

        // A module moves into an existing chunk of the same name only when that chunk is a parent of
        // all selected chunks (it is loaded whenever they are); otherwise an error, once per name.
        private bool ValidateExistingChunk(CacheGroup cacheGroup, string name, Chunk existingChunk, ChunkSet selectedChunks)
        {
            var validationKey = name + "|" + selectedChunks.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_alreadyValidatedParents.TryGetValue(validationKey, out var known))
                return known;
            var isInAllParents = true;
            var queue = new List<ChunkGroup>();
            var seen = new HashSet<ChunkGroup>();
            foreach (var chunk in selectedChunks.Chunks)
            {
                foreach (var group in chunk.Groups)
                {
                    if (seen.Add(group)) queue.Add(group);
                }
            }
            for (var i = 0; i < queue.Count; i++)
            {
                var group = queue[i];
                if (existingChunk.IsInGroup(group))
                    continue;
                var hasParent = false;
                foreach (var parent in group.Parents)
                {
                    hasParent = true;
                    if (seen.Add(parent)) queue.Add(parent);
                }
                if (!hasParent)
                    isInAllParents = false;
            }
            _alreadyValidatedParents[validationKey] = isInAllParents;
            if (!isInAllParents && _alreadyReportedErrors.Add(name))
            {
                compilation.Errors.Add(new BuildDiagnostic(
                    "SplitChunksPlugin\n" +
                    $"Cache group \"{cacheGroup.Key}\" conflicts with existing chunk.\n" +
                    $"Both have the same name \"{name}\" and existing chunk is not a parent of the selected modules.\n" +
                    "Use a different name for the cache group or make sure that the existing chunk is a parent (e. g. via dependOn).\n" +
                    "HINT: You can omit \"name\" to automatically create a name.\n" +
                    "BREAKING CHANGE: webpack < 5 used to allow to use an entrypoint as splitChunk. " +
                    "This is no longer allowed when the entrypoint is not a parent of the selected modules.\n" +
                    "Remove this entrypoint and add modules to cache group's 'test' instead. " +
                    "If you need modules to be evaluated on startup, add them to the existing entrypoints (make them arrays). " +
                    "See migration guide of more info."));
            }
            return isInAllParents;
        }

        private string? GetName(CacheGroup cacheGroup, Module module, ChunkSet chunks)
        {
            var getName = cacheGroup.GetName;
            if (getName is null)
                return null;
            if (getName.Value is { } value)
                return value.Length == 0 ? null : value;
            try
            {
                var list = new JsonArray();
                foreach (var chunk in chunks.Chunks)
                    list.Add((JsonNode?)SplitChunksJs.Chunk(chunk));
                var answer = getName.Function!.Call(SplitChunksJs.Module(module), list, JsonValue.Create(cacheGroup.Key));
                return answer is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } name ? name : null;
            }
            catch (JsFunctionException e)
            {
                compilation.Errors.Add(new BuildDiagnostic(e.Describe()));
                return null;
            }
        }

        private void RemoveModulesWithSourceType(ChunksInfoItem info, List<int> sourceTypes)
        {
            List<Module>? removed = null;
            foreach (var module in info.Modules)
            {
                foreach (var type in sourceTypes)
                {
                    // A module has a source type when it lists it (its size there may be 0).
                    if (HasSourceType(module, type))
                    {
                        (removed ??= []).Add(module);
                        break;
                    }
                }
            }
            if (removed is null)
                return;
            foreach (var module in removed)
            {
                info.Modules.Remove(module);
                AddSizes(info, ModuleSizes(module), -1);
            }
            info.SortedIdentifiers = null;
        }

        private bool HasSourceType(Module module, int type)
        {
            foreach (var name in module.SourceTypes)
            {
                if (plugin._types.Intern(name) == type) return true;
            }
            return false;
        }

        private bool RemoveMinSizeViolatingModules(ChunksInfoItem info)
        {
            if (!info.CacheGroup.ValidateSize)
                return false;
            var violating = info.CacheGroup.MinSize.Violations(info.Sizes);
            if (violating is null)
                return false;
            RemoveModulesWithSourceType(info, violating);
            return info.Modules.Count == 0;
        }

        // webpack's getRequests: the most chunks any group of the chunk loads at once.
        private static int GetRequests(Chunk chunk)
        {
            var requests = 0;
            foreach (var group in chunk.Groups)
                requests = Math.Max(requests, group.Chunks.Count);
            return requests;
        }
    }
}
