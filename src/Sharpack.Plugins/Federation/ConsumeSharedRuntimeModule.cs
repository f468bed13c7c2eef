// Follows webpack lib/sharing/ConsumeSharedRuntimeModule.js: the version matching of consumed
// modules (consumes.js), their handlers by module id, the consumes of initial chunks installed at
// start-up (they must be available synchronously: eager), and `__webpack_require__.f.consumes`,
// which resolves the consumes of a chunk as it loads.

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Federation;

/// <summary>The consumes runtime.</summary>
public sealed class ConsumeSharedRuntimeModule(Compilation compilation) : TemplatedRuntimeModule("consumes", "consumes", default, 10)
{
    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Chunk is not { } runtimeChunk)
            return "";
        var handlers = new List<(string Id, string Code)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chunkMapping = new List<(string, IReadOnlyList<string>)>();
        List<string> Consumes(Chunk chunk)
        {
            var modules = new List<ConsumeSharedModule>();
            foreach (var module in chunk.Modules)
            {
                if (module is ConsumeSharedModule consume)
                    modules.Add(consume);
            }
            modules.Sort(static (a, b) => Chunk.CompareIds(a.Id, b.Id));
            var ids = new List<string>(modules.Count);
            foreach (var module in modules)
            {
                ids.Add(FederationCode.IdJson(module.Id));
                if (seen.Add(module.Id) && compilation.CodeGenerationResults.TryGet(module, chunk.Runtime, out var result)
                    && result.OtherSources?.GetValueOrDefault(ConsumeSharedModule.SourceType) is { } source)
                    handlers.Add((module.Id, source.GetText()));
            }
            return ids;
        }
        foreach (var chunk in runtimeChunk.AllReferencedChunks())
        {
            var ids = Consumes(chunk);
            if (ids.Count > 0)
                chunkMapping.Add((chunk.Id, ids));
        }
        var initial = new List<string>();
        foreach (var chunk in AllInitialChunks(runtimeChunk))
            initial.AddRange(Consumes(chunk));
        if (handlers.Count == 0)
            return "";
        var handlerText = new StringBuilder();
        for (var i = 0; i < handlers.Count; i++)
        {
            handlerText.Append('\t').Append(FederationCode.IdJson(handlers[i].Id)).Append(": ")
                .Append(handlers[i].Code).Append(i + 1 < handlers.Count ? ",\n" : "");
        }
        var loading = runtimeChunk.RuntimeRequirements.HasAny(RuntimeGlobals.EnsureChunkHandlers);
        var template = Sections(Load(Template), section => section switch
        {
            "INITIAL" => initial.Count > 0,
            "CHUNK_LOADING" => loading,
            _ => false,
        });
        var output = context.Options.Output;
        template = template.Replace("$HANDLERS$", handlerText.ToString(), StringComparison.Ordinal)
            .Replace("$INITIAL_CONSUMES$", "[" + string.Join(",", initial) + "]", StringComparison.Ordinal)
            .Replace("$CHUNK_MAPPING$", FederationCode.JsonObjectOfLists(chunkMapping), StringComparison.Ordinal)
            .Replace("$WARN$", FederationCode.WarnFunction(output, ""), StringComparison.Ordinal);
        return Declarations(template, output.Environment);
    }

    // webpack's Chunk.getAllInitialChunks: the chunks of the initial groups the chunk is in.
    private static List<Chunk> AllInitialChunks(Chunk chunk)
    {
        var chunks = new List<Chunk>();
        foreach (var group in chunk.Groups)
        {
            if (!group.IsInitial)
                continue;
            foreach (var member in group.Chunks)
            {
                if (!chunks.Contains(member))
                    chunks.Add(member);
            }
        }
        return chunks;
    }
}
