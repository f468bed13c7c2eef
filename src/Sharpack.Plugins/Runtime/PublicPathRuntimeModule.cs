// Follows webpack lib/runtime/PublicPathRuntimeModule.js: `__webpack_require__.p`, the public
// path from output.publicPath ("auto" resolves to "" for node until automatic detection lands).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.p</c>.</summary>
public sealed class PublicPathRuntimeModule() : TemplatedRuntimeModule("publicPath", "public_path")
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var publicPath = context.Options.Output.PublicPath;
        if (publicPath == "auto") publicPath = "";
        return template.Replace("$PUBLIC_PATH$", CodeGenerationContext.JsonString(publicPath), StringComparison.Ordinal);
    }
}
