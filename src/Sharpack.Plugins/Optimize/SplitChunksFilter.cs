// Which chunks a SplitChunksPlugin cache group may split modules from (webpack's chunksFilter):
// every chunk, async ones, initial ones, those whose name a RegExp matches, or those a JavaScript
// function accepts. A function is asked once per chunk and the answer kept for the pass.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Optimize;

/// <summary>A chunk filter of <c>splitChunks.chunks</c>.</summary>
internal sealed class SplitChunksFilter
{
    private readonly SplitChunksChunks _option;
    private readonly Dictionary<Chunk, bool> _answers = [];

    private SplitChunksFilter(SplitChunksChunks option) => _option = option;

    public static readonly SplitChunksFilter All = new(SplitChunksChunks.All);
    public static readonly SplitChunksFilter Async = new(SplitChunksChunks.Async);
    public static readonly SplitChunksFilter Initial = new(SplitChunksChunks.Initial);

    /// <summary>The filter for an option (the shared ones for <c>all</c>, <c>async</c>, <c>initial</c>); null for null.</summary>
    public static SplitChunksFilter? From(SplitChunksChunks? option) => option switch
    {
        null => null,
        { Kind: "all" } => All,
        { Kind: "async" } => Async,
        { Kind: "initial" } => Initial,
        _ => new SplitChunksFilter(option),
    };

    /// <summary>Forgets the answers of a function (a new compilation's chunks).</summary>
    public void Reset() => _answers.Clear();

    public bool Accepts(Chunk chunk, Compilation compilation)
    {
        switch (_option.Kind)
        {
            case "all": return true;
            case "async": return !chunk.CanBeInitial;
            case "initial": return chunk.CanBeInitial;
        }
        if (_option.RegExp is { } regExp)
            return chunk.Name is { } name && regExp.IsMatch(name);
        if (_answers.TryGetValue(chunk, out var answer))
            return answer;
        try
        {
            answer = JsFunction.IsTruthy(_option.Function!.Call(SplitChunksJs.Chunk(chunk)));
        }
        catch (JsFunctionException e)
        {
            compilation.Errors.Add(new BuildDiagnostic(e.Describe()));
            answer = false;
        }
        _answers[chunk] = answer;
        return answer;
    }
}

/// <summary>What JSON can carry of modules and chunks to a configuration's functions.</summary>
internal static class SplitChunksJs
{
    /// <summary>
    /// A chunk as splitChunks' functions see it: webpack's fields that JSON carries, and its
    /// <c>canBeInitial()</c>, <c>isOnlyInitial()</c> and <c>hasRuntime()</c> (the config loader makes
    /// <c>$methods</c> methods).
    /// </summary>
    public static JsonObject Chunk(Chunk chunk)
    {
        var obj = Core.Seal.PathData.Chunk(chunk);
        var hints = new JsonArray();
        foreach (var hint in chunk.IdNameHints)
            hints.Add((JsonNode?)JsonValue.Create(hint));
        obj["idNameHints"] = hints;
        obj["$methods"] = new JsonObject
        {
            ["canBeInitial"] = chunk.CanBeInitial,
            ["isOnlyInitial"] = chunk.IsOnlyInitial,
            ["hasRuntime"] = chunk.HasRuntime,
        };
        return obj;
    }

    /// <summary>
    /// A module as a cache group's <c>test</c> or <c>name</c> function sees it: <c>resource</c>,
    /// <c>context</c>, <c>type</c>, <c>layer</c>, and webpack's <c>identifier()</c>,
    /// <c>nameForCondition()</c>, <c>readableIdentifier()</c> and <c>size()</c>.
    /// </summary>
    public static JsonObject Module(Core.ModuleGraph.Module module) => new()
    {
        ["resource"] = module.Resource,
        ["context"] = module is Core.ModuleGraph.NormalModule ? module.Directory : null,
        ["type"] = module.ModuleType,
        ["layer"] = module.Layer,
        ["$methods"] = new JsonObject
        {
            ["identifier"] = module.Identifier,
            ["nameForCondition"] = module.NameForCondition,
            ["readableIdentifier"] = module.ReadableName,
            ["size"] = module.Size,
        },
    };
}
