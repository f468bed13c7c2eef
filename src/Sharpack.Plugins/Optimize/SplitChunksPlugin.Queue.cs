// SplitChunksPlugin's queue step (webpack's `while (chunksInfoMap.size > 0)` body): the best
// candidate becomes a chunk, or reuses a chunk of the same name or with exactly its modules, unless
// request limits or minRemainingSize say no (then it is retried with fewer chunks or modules); the
// modules it took leave every other candidate that overlaps it.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Optimize;

public sealed partial class SplitChunksPlugin
{
    private sealed partial class Run
    {
        private void TakeBest()
        {
            var (bestKey, item) = _chunksInfoMap.Best();
            _chunksInfoMap.Remove(bestKey);

            var chunkName = item.Name;
            Chunk? newChunk = null;
            var isExistingChunk = false;
            var isReusedWithAllModules = false;
            if (chunkName is not null)
            {
                if (_namedChunks.TryGetValue(chunkName, out var chunkByName))
                {
                    newChunk = chunkByName;
                    isExistingChunk = RemoveChunk(item, newChunk);
                }
            }
            else if (item.CacheGroup.ReuseExistingChunk)
            {
                foreach (var chunk in item.Chunks)
                {
                    if (_chunkGraph.GetNumberOfChunkModules(chunk) != item.Modules.Count)
                        continue;
                    if (item.Chunks.Count > 1 && _chunkGraph.GetNumberOfEntryModules(chunk) > 0)
                        continue;
                    var all = true;
                    foreach (var module in item.Modules)
                    {
                        if (!_chunkGraph.IsModuleInChunk(module, chunk))
                        {
                            all = false;
                            break;
                        }
                    }
                    if (!all)
                        continue;
                    // The shortest name, then the lowest; an unnamed chunk gives way to any later one.
                    if (newChunk?.Name is null)
                        newChunk = chunk;
                    else if (chunk.Name is { } name && (name.Length < newChunk.Name.Length || (name.Length == newChunk.Name.Length && string.CompareOrdinal(name, newChunk.Name) < 0)))
                        newChunk = chunk;
                }
                if (newChunk is not null)
                {
                    RemoveChunk(item, newChunk);
                    chunkName = null;
                    isExistingChunk = true;
                    isReusedWithAllModules = true;
                }
            }

            var cacheGroup = item.CacheGroup;
            var enforced = cacheGroup.ConditionalEnforce && cacheGroup.EnforceSizeThreshold.IsMetBy(item.Sizes);
            var usedChunks = new List<Chunk>(item.Chunks);

            // Chunks that already load as many chunks as allowed keep the modules.
            if (!enforced && (double.IsFinite(cacheGroup.MaxInitialRequests) || double.IsFinite(cacheGroup.MaxAsyncRequests)))
            {
                usedChunks.RemoveAll(chunk =>
                {
                    // A chunk both initial and async answers to the stricter of the two limits.
                    var byAsyncRequests = !chunk.IsOnlyInitial && (!chunk.CanBeInitial || cacheGroup.MaxAsyncRequests < cacheGroup.MaxInitialRequests);
                    var maxRequests = byAsyncRequests ? cacheGroup.MaxAsyncRequests : cacheGroup.MaxInitialRequests;
                    return double.IsFinite(maxRequests) && GetRequests(chunk) >= maxRequests;
                });
            }

            // Chunks that no longer hold any of the modules take no part.
            usedChunks.RemoveAll(chunk =>
            {
                foreach (var module in item.Modules)
                {
                    if (_chunkGraph.IsModuleInChunk(module, chunk)) return false;
                }
                return true;
            });

            // Some chunks dropped out: the modules are offered again for the chunks left.
            if (usedChunks.Count < item.Chunks.Count)
            {
                if (isExistingChunk && !usedChunks.Contains(newChunk!))
                    usedChunks.Add(newChunk!);
                if (usedChunks.Count >= cacheGroup.MinChunks)
                {
                    var usedSet = _sets.Get(usedChunks);
                    foreach (var module in SortedModules(item))
                        AddModuleToChunksInfoMap(cacheGroup, item.CacheGroupIndex, usedSet, module);
                }
                return;
            }

            // minRemainingSize: what stays in a single chunk must not become too small.
            if (!enforced && cacheGroup.ValidateRemainingSize && usedChunks.Count == 1)
            {
                var chunk = usedChunks[0];
                var chunkSizes = new double[plugin._types.Count];
                foreach (var module in _chunkGraph.GetChunkModules(chunk))
                {
                    if (item.Modules.Contains(module))
                        continue;
                    var sizes = ModuleSizes(module);
                    if (chunkSizes.Length < sizes.Length)
                        Array.Resize(ref chunkSizes, sizes.Length);
                    for (var i = 0; i < sizes.Length; i++)
                        chunkSizes[i] += sizes[i];
                }
                if (cacheGroup.MinRemainingSize.Violations(chunkSizes) is { } violating)
                {
                    var oldModulesSize = item.Modules.Count;
                    RemoveModulesWithSourceType(item, violating);
                    if (item.Modules.Count > 0 && item.Modules.Count != oldModulesSize)
                        _chunksInfoMap.Set(bestKey, item);
                    return;
                }
            }

            if (newChunk is null)
            {
                newChunk = compilation.AddChunk(chunkName);
                if (chunkName is not null)
                    _namedChunks.TryAdd(chunkName, newChunk);
            }
            foreach (var chunk in usedChunks)
                chunk.Split(newChunk);

            newChunk.ChunkReason = (newChunk.ChunkReason is { } reason ? reason + ", " : "") + (isReusedWithAllModules ? "reused as split chunk" : "split chunk");
            if (cacheGroup.Key.Length > 0)
                newChunk.ChunkReason += $" (cache group: {cacheGroup.Key})";
            if (chunkName is not null)
                newChunk.ChunkReason += $" (name: {chunkName})";
            if (cacheGroup.Filename is { } filename)
            {
                newChunk.FilenameTemplate = filename.Template;
                newChunk.FilenameFunction = filename.Function;
            }
            if (!string.IsNullOrEmpty(cacheGroup.IdHint))
                newChunk.IdNameHints.Add(cacheGroup.IdHint);

            var modules = SortedModules(item);
            if (!isReusedWithAllModules)
            {
                foreach (var module in modules)
                {
                    if (!module.ChunkCondition(newChunk))
                        continue;
                    _chunkGraph.ConnectChunkAndModule(newChunk, module);
                    foreach (var chunk in usedChunks)
                        _chunkGraph.DisconnectChunkAndModule(chunk, module);
                }
            }
            else
            {
                foreach (var module in modules)
                {
                    foreach (var chunk in usedChunks)
                        _chunkGraph.DisconnectChunkAndModule(chunk, module);
                }
            }

            if (!cacheGroup.MaxAsyncSize.IsEmpty || !cacheGroup.MaxInitialSize.IsEmpty)
            {
                _maxSizeQueue[newChunk] = _maxSizeQueue.TryGetValue(newChunk, out var old)
                    ? new MaxSizeSettings(
                        SizeLimits.Combine(old.MinSize, cacheGroup.MinSizeForMaxSize, Math.Max),
                        SizeLimits.Combine(old.MaxAsyncSize, cacheGroup.MaxAsyncSize, Math.Min),
                        SizeLimits.Combine(old.MaxInitialSize, cacheGroup.MaxInitialSize, Math.Min),
                        cacheGroup.AutomaticNameDelimiter,
                        [.. old.Keys, cacheGroup.Key])
                    : new MaxSizeSettings(cacheGroup.MinSize, cacheGroup.MaxAsyncSize, cacheGroup.MaxInitialSize, cacheGroup.AutomaticNameDelimiter, [cacheGroup.Key]);
            }

            // The modules taken leave every candidate sharing a chunk with this one.
            foreach (var (key, info) in _chunksInfoMap.Snapshot())
            {
                if (!Overlaps(info, usedChunks))
                    continue;
                var updated = false;
                foreach (var module in modules)
                {
                    if (info.Modules.Remove(module))
                    {
                        AddSizes(info, ModuleSizes(module), -1);
                        updated = true;
                    }
                }
                if (!updated)
                    continue;
                info.SortedIdentifiers = null;
                if (info.Modules.Count == 0
                    || RemoveMinSizeViolatingModules(info)
                    || !info.CacheGroup.MinSizeReduction.IsReductionMetBy(info.Sizes, info.Chunks.Count))
                {
                    _chunksInfoMap.Remove(key);
                }
            }
        }

        // Takes a chunk out of a candidate's chunks; whether it was there.
        private static bool RemoveChunk(ChunksInfoItem item, Chunk chunk)
        {
            if (!item.ChunkMembers.Remove(chunk))
                return false;
            item.Chunks.Remove(chunk);
            return true;
        }

        private static bool Overlaps(ChunksInfoItem info, List<Chunk> chunks)
        {
            foreach (var chunk in chunks)
            {
                if (info.ChunkMembers.Contains(chunk)) return true;
            }
            return false;
        }

        // The candidate's modules in identifier order: a stable order for moving them.
        private static Module[] SortedModules(ChunksInfoItem item)
        {
            var modules = new Module[item.Modules.Count];
            item.Modules.CopyTo(modules);
            Array.Sort(modules, static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
            return modules;
        }
    }
}
