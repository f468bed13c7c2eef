// Follows webpack lib/runtime/CreateScriptRuntimeModule.js: `__webpack_require__.ts`, the code the
// runtime evaluates (the eval devtools) as output.trustedTypes' policy makes it; without the option
// the identity.

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.ts</c>: a script string as the policy makes it.</summary>
public sealed class CreateScriptRuntimeModule : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/trusted types script";

    /// <inheritdoc />
    /// <remarks>webpack's shouldIsolate() false: one statement in the runtime's scope.</remarks>
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = context.Options.Output;
        var body = output.TrustedTypes is null ? "script" : "__webpack_require__.tt().createScript(script)";
        return "__webpack_require__.ts = " + FunctionSyntax.Returning(body, output.Environment.ArrowFunction, "script") + ";";
    }
}
