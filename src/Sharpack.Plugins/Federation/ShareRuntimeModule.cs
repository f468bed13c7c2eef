// Follows webpack lib/sharing/ShareRuntimeModule.js: `__webpack_require__.S` (the share scopes) and
// `__webpack_require__.I(name)`, which initializes a share scope once: it runs, stage by stage, the
// share-init code of the modules in the runtime's chunks (provided modules register their
// versions; remote containers are initialized with the scope), and waits for them.

using System.Text;
using Sharpack.Core;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Federation;

/// <summary>The sharing runtime.</summary>
public sealed class ShareRuntimeModule(Compilation compilation) : TemplatedRuntimeModule("sharing", "sharing", RuntimeGlobals.HasOwnProperty | RuntimeGlobals.Require)
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var scopes = new SortedDictionary<string, SortedDictionary<int, List<string>>>(StringComparer.Ordinal);
        if (context.Chunk is { } runtimeChunk)
        {
            foreach (var chunk in runtimeChunk.AllReferencedChunks())
            {
                var modules = new List<Core.ModuleGraph.Module>();
                foreach (var module in chunk.Modules)
                {
                    if (module.HasSourceType(ShareInit.DataKey))
                        modules.Add(module);
                }
                modules.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
                foreach (var module in modules)
                {
                    if (!compilation.CodeGenerationResults.TryGet(module, chunk.Runtime, out var result)
                        || result.Data?.GetValueOrDefault(ShareInit.DataKey) is not IReadOnlyList<ShareInit> inits)
                        continue;
                    foreach (var init in inits)
                    {
                        if (!scopes.TryGetValue(init.ShareScope, out var stages))
                            scopes.Add(init.ShareScope, stages = []);
                        if (!stages.TryGetValue(init.InitStage, out var list))
                            stages.Add(init.InitStage, list = []);
                        if (!list.Contains(init.Init))
                            list.Add(init.Init);
                    }
                }
            }
        }
        var cases = new StringBuilder();
        foreach (var (name, stages) in scopes)
        {
            cases.Append("\t\tcase ").Append(Core.CodeGeneration.CodeGenerationContext.JsonString(name)).Append(": {\n");
            foreach (var (_, inits) in stages)
            {
                foreach (var init in inits)
                {
                    if (init.Length > 0)
                        cases.Append("\t\t\t").Append(init).Append('\n');
                }
            }
            cases.Append("\t\t}\n\t\tbreak;\n");
        }
        var output = context.Options.Output;
        return template.Replace("$SCOPES$", cases.ToString().TrimEnd('\n'), StringComparison.Ordinal)
            .Replace("$WARN$", FederationCode.WarnFunction(output, "\t"), StringComparison.Ordinal)
            .Replace("$UNIQUE_NAME$", output.UniqueName.Length > 0 ? Core.CodeGeneration.CodeGenerationContext.JsonString(output.UniqueName) : "undefined", StringComparison.Ordinal);
    }
}
