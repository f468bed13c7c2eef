// Follows webpack lib/runtime/ConcatenationWrapRuntimeModule.js: `__webpack_require__.cw(body)`
// makes the accessor of a CommonJS member of a concatenated module. The first call runs the body
// with a fresh `module` (set before it runs, so a require() cycle sees the partial exports, as in
// node); a throwing body is remembered and rethrown (output.strictModuleErrorHandling) or run again
// on the next call (output.strictModuleExceptionHandling), as the module cache would.

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>The <c>__webpack_require__.cw</c> helper.</summary>
public sealed class ConcatenationWrapRuntimeModule : TemplatedRuntimeModule
{
    /// <summary>Creates the module (rendered in the runtime's scope, as webpack's).</summary>
    public ConcatenationWrapRuntimeModule() : base("concatenation wrap", "concatenation_wrap") => Isolate = false;

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var output = context.Options.Output;
        var mode = output.StrictModuleErrorHandling ? "ERROR" : output.StrictModuleExceptionHandling ? "EXCEPTION" : "PLAIN";
        return Sections(template, section => section == mode);
    }
}
