// Follows webpack lib/runtime/SystemContextRuntimeModule.js: a System.register library's runtime keeps
// the register call's context, which `__system_context__` reads (as `__webpack_require__.y`; undefined
// in the runtime of any other library type).

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Library;

/// <summary>The System.register context for <c>__system_context__</c>.</summary>
public sealed class SystemContextRuntimeModule : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/__system_context__";

    /// <inheritdoc />
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context) => "__webpack_require__.y = __system_context__;";
}
