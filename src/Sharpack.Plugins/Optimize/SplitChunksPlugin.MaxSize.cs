// SplitChunksPlugin's maxSize step: a chunk a cache group made with maxSize (or any chunk the
// fallback cache group selects, when it has one) that is bigger than allowed is cut into parts by
// deterministic grouping of its modules; each part is named after the chunk and the part's key
// (its modules' paths, or a hash of them with hidePathInfo).

using System.Globalization;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Optimize;

public sealed partial class SplitChunksPlugin
{
    private sealed partial class Run
    {
        private readonly Dictionary<Module, string> _groupingKeys = [];

        private void SplitByMaxSize()
        {
            var incorrectMinMaxSize = new HashSet<string>(StringComparer.Ordinal);
            var fallback = plugin._fallback;
            // Chunks added while walking are walked too, as webpack's Set iteration does.
            for (var chunkIndex = 0; chunkIndex < compilation.Chunks.Count; chunkIndex++)
            {
                var chunk = compilation.Chunks[chunkIndex];
                var hasConfig = _maxSizeQueue.TryGetValue(chunk, out var config);
                if (!hasConfig && !fallback.ChunksFilter.Accepts(chunk, compilation))
                    continue;
                var minSize = hasConfig ? config!.MinSize : fallback.MinSize;
                var maxAsyncSize = hasConfig ? config!.MaxAsyncSize : fallback.MaxAsyncSize;
                var maxInitialSize = hasConfig ? config!.MaxInitialSize : fallback.MaxInitialSize;
                var delimiter = hasConfig ? config!.AutomaticNameDelimiter : fallback.AutomaticNameDelimiter;
                SizeLimits maxSize;
                if (chunk.IsOnlyInitial)
                    maxSize = maxInitialSize;
                else if (chunk.CanBeInitial)
                    maxSize = SizeLimits.Combine(maxAsyncSize, maxInitialSize, Math.Min);
                else
                    maxSize = maxAsyncSize;
                if (maxSize.IsEmpty)
                    continue;

                var effectiveTypes = new int[maxSize.Types.Length];
                var effectiveValues = new double[maxSize.Types.Length];
                for (var i = 0; i < maxSize.Types.Length; i++)
                {
                    var type = maxSize.Types[i];
                    var maxValue = maxSize.Values[i];
                    var minValue = minSize.Get(type);
                    if (!double.IsNaN(minValue) && minValue > maxValue)
                    {
                        var keys = hasConfig ? config!.Keys : null;
                        var warningKey = $"{(keys is null ? "undefined" : string.Join(',', keys))} {minValue} {maxValue}";
                        if (incorrectMinMaxSize.Add(warningKey))
                            compilation.Warnings.Add(new BuildDiagnostic(MinMaxSizeWarning(keys, minValue, maxValue)));
                    }
                    effectiveTypes[i] = type;
                    effectiveValues[i] = double.IsNaN(minValue) ? maxValue : Math.Max(maxValue, minValue);
                }

                var parts = DeterministicGrouping.Split(
                    _chunkGraph.GetChunkModules(chunk).ToArray(),
                    minSize,
                    new SizeLimits(effectiveTypes, effectiveValues),
                    module => GroupingKey(module, delimiter),
                    ModuleSizes,
                    plugin._types.Count);
                if (parts.Count <= 1)
                    continue;
                for (var i = 0; i < parts.Count; i++)
                {
                    var part = parts[i];
                    var key = plugin._hidePathInfo ? HashFilename(part.Key) : part.Key;
                    var name = chunk.Name is { } chunkName ? chunkName + delimiter + key : null;
                    if (name is { Length: > 100 })
                        name = name[..100] + delimiter + HashFilename(name);
                    if (i != parts.Count - 1)
                    {
                        var newPart = compilation.AddChunk(name);
                        chunk.Split(newPart);
                        newPart.ChunkReason = chunk.ChunkReason;
                        if (chunk.FilenameTemplate is not null || chunk.FilenameFunction is not null)
                        {
                            newPart.FilenameTemplate = chunk.FilenameTemplate;
                            newPart.FilenameFunction = chunk.FilenameFunction;
                        }
                        foreach (var module in part.Items)
                        {
                            if (!module.ChunkCondition(newPart))
                                continue;
                            _chunkGraph.ConnectChunkAndModule(newPart, module);
                            _chunkGraph.DisconnectChunkAndModule(chunk, module);
                        }
                    }
                    else
                    {
                        // The last part is the chunk itself, renamed.
                        chunk.Name = name;
                    }
                }
            }
        }

        // A module's key for deterministic grouping: its path relative to the context, the
        // delimiter and a hash of its identifier, made an id.
        private string GroupingKey(Module module, string delimiter)
        {
            if (_groupingKeys.TryGetValue(module, out var cached))
                return cached;
            var context = compilation.Options.Context;
            var ident = RequestShortener.FullModuleName(module.Identifier, context);
            var name = module.NameForCondition is { } nameForCondition
                ? RequestShortener.FullModuleName(nameForCondition, context)
                : StripLoadersAndQuery(ident);
            var key = Ids.IdHelpers.RequestToId(name + delimiter + HashFilename(ident));
            _groupingKeys[module] = key;
            return key;
        }

        // webpack's ident.replace(/^.*!|\?[^?!]*$/g, ""): without the loaders and a trailing query.
        private static string StripLoadersAndQuery(string ident)
        {
            var bang = ident.LastIndexOf('!');
            var rest = bang >= 0 ? ident[(bang + 1)..] : ident;
            var query = rest.LastIndexOf('?');
            return query >= 0 ? rest[..query] : rest;
        }

        // webpack's hashFilename: output.hashFunction over the text, in output.hashDigest, 8 characters.
        private string HashFilename(string text)
        {
            var output = compilation.Options.Output;
            // webpack's hashFilename takes output.hashFunction unsalted.
            var hash = Core.Hashing.Hash.CreateUnsalted(output);
            hash.Append(text.AsSpan());
            var digest = hash.Digest(compilation.Options.Output.HashDigest);
            return digest.Length > 8 ? digest[..8] : digest;
        }

        private static string MinMaxSizeWarning(List<string>? keys, double minSize, double maxSize)
        {
            var keysMessage = "Fallback cache group";
            if (keys is not null)
            {
                var sorted = new List<string>(keys);
                sorted.Sort(StringComparer.Ordinal);
                keysMessage = sorted.Count > 1 ? "Cache groups " + string.Join(", ", sorted) : "Cache group " + sorted[0];
            }
            return "SplitChunksPlugin\n" + keysMessage + "\n" +
                $"Configured minSize ({Performance.PerformanceHints.FormatSize(minSize)}) is bigger than maxSize ({Performance.PerformanceHints.FormatSize(maxSize)}).\n" +
                "This seem to be a invalid optimization.splitChunks configuration.";
        }
    }
}
