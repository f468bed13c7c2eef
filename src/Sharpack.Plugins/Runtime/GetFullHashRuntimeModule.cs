// Follows webpack lib/runtime/GetFullHashRuntimeModule.js: `__webpack_require__.h()`.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.h</c>.</summary>
public sealed class GetFullHashRuntimeModule() : TemplatedRuntimeModule("getFullHash", "get_full_hash")
{
    /// <inheritdoc />
    /// <remarks>webpack's shouldIsolate() false: one statement in the runtime's scope.</remarks>
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override bool DependsOnHashes => true;

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context) =>
        template.Replace("$FULL_HASH$", CodeGenerationContext.JsonString(context.FullHash), StringComparison.Ordinal);
}
