// An example plugin in the way people extend webpack's chunk optimization: a small cache-group
// splitter. For each configured group (a `test` regular expression on the module's resource,
// `chunks`: "all", "initial" or "async", a `name`), the matching modules of the selected chunks
// move into one new chunk of that name, which joins every chunk group of the chunks they came
// from (before them, so it loads first). It runs on optimizeChunks at STAGE_ADVANCED, as
// webpack's SplitChunksPlugin does.
//
// Use from a configuration:
//   plugins: [{ assembly: "./CacheGroupSplitter.dll", type: "Examples.Plugins.CacheGroupSplitterPlugin",
//               options: { cacheGroups: { vendors: { test: "[\\/]vendor[\\/]", chunks: "all", name: "vendors" } } } }]

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;
using Sharpack.Core.Runtime;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;

namespace Examples.Plugins;

/// <summary>Moves the modules each cache group matches into a chunk of its own.</summary>
public sealed class CacheGroupSplitterPlugin : IPlugin
{
    private readonly List<CacheGroup> _groups = [];

    /// <summary>One cache group: which modules, from which chunks, into which chunk.</summary>
    public sealed record CacheGroup(string Name, Regex Test, string Chunks);

    /// <summary>A splitter for <paramref name="groups"/>.</summary>
    public CacheGroupSplitterPlugin(IEnumerable<CacheGroup> groups) => _groups.AddRange(groups);

    /// <summary>A splitter configured as <c>{ cacheGroups: { key: { test, chunks?, name? } } }</c>.</summary>
    public CacheGroupSplitterPlugin(JsonNode? options)
    {
        if (options?["cacheGroups"] is not JsonObject groups)
            throw new ArgumentException("CacheGroupSplitterPlugin needs options { cacheGroups: { … } }.");
        foreach (var (key, value) in groups)
        {
            var test = value?["test"] switch
            {
                JsonValue text when text.TryGetValue<string>(out var source) => source,
                JsonObject { } regexp when regexp["__regexp"]?["source"] is JsonValue source => source.GetValue<string>(),
                _ => throw new ArgumentException($"cacheGroups.{key}.test should be a regular expression (a string or a RegExp)."),
            };
            var chunks = value?["chunks"]?.GetValue<string>() ?? "async";
            if (chunks is not ("all" or "initial" or "async"))
                throw new ArgumentException($"cacheGroups.{key}.chunks should be \"all\", \"initial\" or \"async\", not \"{chunks}\".");
            _groups.Add(new CacheGroup(value?["name"]?.GetValue<string>() ?? key, new Regex(test, RegexOptions.CultureInvariant), chunks));
        }
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.ThisCompilation.Tap(nameof(CacheGroupSplitterPlugin), (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new TapOptions(nameof(CacheGroupSplitterPlugin)) { Stage = Compilation.StageAdvanced },
                (chunks, _) =>
                {
                    foreach (var group in _groups)
                        Split(compilation, group);
                    return null; // one pass: what moved will not match again
                }));

    private static void Split(Compilation compilation, CacheGroup group)
    {
        var graph = compilation.ChunkGraph;
        Chunk? target = null;
        foreach (var chunk in compilation.Chunks.ToList())
        {
            if (chunk.Name == group.Name || !Selected(chunk, group.Chunks))
                continue;
            var matching = graph.GetChunkModules(chunk).Where(m => group.Test.IsMatch(m.Resource) && !graph.IsEntryModuleInChunk(m, chunk)).ToList();
            if (matching.Count == 0)
                continue;
            target ??= compilation.Chunks.FirstOrDefault(c => c.Name == group.Name) ?? compilation.AddChunk(group.Name);
            foreach (var module in matching)
            {
                graph.DisconnectChunkAndModule(chunk, module);
                graph.ConnectChunkAndModule(target, module);
            }
            foreach (var chunkGroup in chunk.Groups.ToList())
                chunkGroup.InsertChunk(target, chunk);
            target.Runtime = RuntimeSpec.Merge(target.Runtime, chunk.Runtime);
        }
    }

    private static bool Selected(Chunk chunk, string chunks) => chunks switch
    {
        "all" => true,
        "initial" => chunk.IsInitial,
        _ => !chunk.IsInitial,
    };
}
