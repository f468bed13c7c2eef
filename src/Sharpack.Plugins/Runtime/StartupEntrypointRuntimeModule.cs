// Follows webpack lib/runtime/StartupEntrypointRuntimeModule.js: `__webpack_require__.X` loads
// the chunks an entry needs, then runs it. The entry's id is kept in `__webpack_require__.s` only
// where something reads it back (require.main, import.meta.main).

using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Runtime;

/// <summary>The startup entrypoint helper (<c>__webpack_require__.X</c>).</summary>
public sealed class StartupEntrypointRuntimeModule() : TemplatedRuntimeModule("startup entrypoint", "startup_entrypoint", RuntimeGlobals.Require | RuntimeGlobals.EnsureChunk)
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context) =>
        template.Replace("$ENTRY_MODULE_ID$moduleId", context.Chunk is { } chunk ? StartupHelpers.EntryModuleIdExpression(chunk, "moduleId") : "moduleId", StringComparison.Ordinal);
}
