// Follows webpack lib/runtime/ChunkNameRuntimeModule.js and RuntimeIdRuntimeModule.js:
// `__webpack_chunkname__` is the runtime chunk's name and `__webpack_runtime_id__` the id of
// its runtime (the runtime chunk's id).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.cn</c> or <c>__webpack_require__.j</c>.</summary>
public sealed class ChunkNameRuntimeModule(bool runtimeId) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => runtimeId ? "webpack/runtime/runtimeId" : "webpack/runtime/chunkName";

    /// <inheritdoc />
    /// <remarks>webpack's shouldIsolate() false: one statement in the runtime's scope.</remarks>
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        var chunk = context.Chunk;
        var value = runtimeId ? chunk?.Id : chunk?.Name ?? chunk?.Id;
        return (runtimeId ? "__webpack_require__.j = " : "__webpack_require__.cn = ") + CodeGenerationContext.JsonString(value ?? "") + ";";
    }
}
