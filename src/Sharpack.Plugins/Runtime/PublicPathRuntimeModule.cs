// Follows webpack lib/runtime/PublicPathRuntimeModule.js: `__webpack_require__.p`, the public
// path from output.publicPath ("auto" resolves to "" for node until automatic detection lands), or
// what a publicPath function answers for the build's hash.

using System.Text.Json.Nodes;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.p</c>.</summary>
/// <param name="dependsOnHashes">True for a publicPath function, which is given the full hash (webpack's fullHash runtime module).</param>
public sealed class PublicPathRuntimeModule(bool dependsOnHashes = false) : TemplatedRuntimeModule("publicPath", "public_path")
{
    /// <inheritdoc />
    public override bool DependsOnHashes => dependsOnHashes;

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var publicPath = context.Options.Output.PublicPath;
        if (publicPath == "auto") publicPath = "";
        if (context.Options.Output.PublicPathFunction is { } function)
        {
            // webpack's compilation.getPath(publicPath, { hash: compilation.hash || "XXXX" }).
            var answer = function.Call(new JsonObject { ["hash"] = context.FullHash.Length > 0 ? context.FullHash : "XXXX" }, new JsonObject());
            publicPath = answer is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? value.GetValue<string>()
                : throw JsFunctionException.Failed(function.OptionPath, $"returned {answer?.ToJsonString() ?? "undefined"}; it should return a string (the public path).");
        }
        return template.Replace("$PUBLIC_PATH$", CodeGenerationContext.JsonString(publicPath), StringComparison.Ordinal);
    }
}
