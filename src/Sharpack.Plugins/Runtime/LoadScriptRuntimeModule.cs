// Follows webpack lib/runtime/LoadScriptRuntimeModule.js: `__webpack_require__.l(url, done, key)`
// adds a script tag once per URL (later callers wait on the same tag), reuses a tag already in
// the page, and reports load, error or timeout to every waiting caller.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.l</c>.</summary>
/// <param name="trustedTypes">output.trustedTypes: the URL goes through <c>__webpack_require__.tu</c>.</param>
public sealed class LoadScriptRuntimeModule(bool trustedTypes = false) : TemplatedRuntimeModule("load script", "load_script", trustedTypes ? RuntimeGlobals.CreateScriptUrl : RuntimeGlobals.None)
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var output = context.Options.Output;
        var prefix = output.UniqueName.Length > 0 ? output.UniqueName + ":" : "";
        var scriptType = output.ScriptType is { } type ? $"\t\tscript.type = {CodeGenerationContext.JsonString(type)};" : "";
        var crossOrigin = output.CrossOriginLoading switch
        {
            null => "",
            "use-credentials" => "\t\tscript.crossOrigin = \"use-credentials\";",
            var mode => $"\t\tif (script.src.indexOf(window.location.origin + '/') !== 0) {{\n\t\t\tscript.crossOrigin = {CodeGenerationContext.JsonString(mode)};\n\t\t}}",
        };
        return template
            .Replace("$SCRIPT_URL$", trustedTypes ? "__webpack_require__.tu(url)" : "url", StringComparison.Ordinal)
            .Replace("$DATA_WEBPACK_PREFIX$", CodeGenerationContext.JsonString(prefix), StringComparison.Ordinal)
            .Replace("$SCRIPT_TYPE$\n", scriptType.Length > 0 ? scriptType + "\n" : "", StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN$\n", crossOrigin.Length > 0 ? crossOrigin + "\n" : "", StringComparison.Ordinal)
            .Replace("$TIMEOUT$", context.Options.Output.ChunkLoadTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
