// Follows webpack lib/runtime/CreateScriptUrlRuntimeModule.js: `__webpack_require__.tu`, the script
// URLs the runtime loads (script tags, importScripts, workers) as output.trustedTypes' policy makes
// them; without the option the identity.

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.tu</c>: a script URL as the policy makes it.</summary>
public sealed class CreateScriptUrlRuntimeModule : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/trusted types script url";

    /// <inheritdoc />
    /// <remarks>webpack's shouldIsolate() false: one statement in the runtime's scope.</remarks>
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = context.Options.Output;
        var body = output.TrustedTypes is null ? "url" : "__webpack_require__.tt().createScriptURL(url)";
        return "__webpack_require__.tu = " + FunctionSyntax.Returning(body, output.Environment.ArrowFunction, "url") + ";";
    }
}
