// Follows webpack lib/container/RemoteRuntimeModule.js: `__webpack_require__.f.remotes` loads, with
// a chunk, the containers of the remote modules in it, initializes their share scopes, and installs
// each exposed module's factory under the remote module's id.

using Sharpack.Core;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Federation;

/// <summary>The remotes loading runtime.</summary>
public sealed class RemoteRuntimeModule(Compilation compilation) : TemplatedRuntimeModule("remotes loading", "remotes_loading")
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var chunkMapping = new List<(string, IReadOnlyList<string>)>();
        var idMapping = new List<string>();
        if (context.Chunk is { } runtimeChunk)
        {
            foreach (var chunk in runtimeChunk.AllReferencedChunks())
            {
                var remotes = new List<RemoteModule>();
                foreach (var module in chunk.Modules)
                {
                    if (module is RemoteModule remote)
                        remotes.Add(remote);
                }
                if (remotes.Count == 0)
                    continue;
                remotes.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
                var ids = new List<string>(remotes.Count);
                foreach (var remote in remotes)
                {
                    var id = FederationCode.IdJson(remote.Id);
                    ids.Add(id);
                    var external = compilation.Graph.GetModule(remote.Dependencies[0]);
                    idMapping.Add("\t" + Core.CodeGeneration.CodeGenerationContext.JsonString(remote.Id) + ": [\n\t\t"
                        + Core.CodeGeneration.CodeGenerationContext.JsonString(remote.ShareScope) + ",\n\t\t"
                        + Core.CodeGeneration.CodeGenerationContext.JsonString(remote.InternalRequest) + ",\n\t\t"
                        + (external is { Id.Length: > 0 } ? FederationCode.IdJson(external.Id) : "null") + "\n\t]");
                }
                chunkMapping.Add((chunk.Id, ids));
            }
        }
        return template.Replace("$CHUNK_MAPPING$", FederationCode.JsonObjectOfLists(chunkMapping), StringComparison.Ordinal)
            .Replace("$ID_MAPPING$", idMapping.Count == 0 ? "{}" : "{\n" + string.Join(",\n", idMapping) + "\n}", StringComparison.Ordinal);
    }
}
