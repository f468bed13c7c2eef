// Follows webpack lib/css/CssInjectStyleRuntimeModule.js: `__webpack_require__.is(id, css)`, which a
// CSS module of exportType "style" calls when it runs: its text goes into a `<style>` element of
// its own (found again by its data-webpack key, so a module run again replaces its text). Without a
// document (a universal build on node) the text is collected in `__webpack_css_server_styles__`.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Css;

/// <summary><c>__webpack_require__.is</c>: injects a CSS module's text in a style element.</summary>
internal sealed class CssInjectStyleRuntimeModule(Core.Options.SharpackOptions options) : TemplatedRuntimeModule("css inject style", "css_inject_style", NeedsGlobal(options), stage: 10)
{
    /// <summary>
    /// webpack's cssServerStyleRegistry: the object on the global that collects CSS where there is no
    /// document, keyed by module or chunk and named after output.uniqueName.
    /// </summary>
    public static string ServerStyleRegistry(Core.Options.SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = options.Output.UniqueName;
        var key = CodeGenerationContext.JsonString(name.Length > 0 ? "__webpack_css__" + name : "__webpack_css__");
        var global = options.Output.Environment.GlobalThis ? "globalThis" : "__webpack_require__.g";
        return "(" + global + "[" + key + "] = " + global + "[" + key + "] || {})";
    }

    /// <summary>The global object polyfill, where the registry needs it.</summary>
    public static RuntimeGlobals NeedsGlobal(Core.Options.SharpackOptions options) =>
        options.Output.Environment.GlobalThis || options.Output.Environment.Document == true ? RuntimeGlobals.None : RuntimeGlobals.Global;

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var output = context.Options.Output;
        var noDocument = output.Environment.Document == true
            ? ""
            : "\tif (typeof document === 'undefined') {\n\t\t" + ServerStyleRegistry(context.Options) + "[\"module-\" + identifier] = css;\n\t\treturn;\n\t}\n";
        return template
            .Replace("$DATA_WEBPACK_PREFIX$", CodeGenerationContext.JsonString(output.UniqueName.Length > 0 ? output.UniqueName + ":" : "webpack:"), StringComparison.Ordinal)
            .Replace("$NO_DOCUMENT$", noDocument, StringComparison.Ordinal);
    }
}

/// <summary><c>__webpack_require__.cs</c>: the CSS collected without a document, in the order it was applied.</summary>
internal sealed class CssServerStylesRuntimeModule(Core.Options.SharpackOptions options) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/css server styles";

    /// <inheritdoc />
    public override RuntimeGlobals Requires => options.Output.Environment.GlobalThis ? RuntimeGlobals.None : RuntimeGlobals.Global;

    /// <inheritdoc />
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context) =>
        "__webpack_require__.cs = () => {\n\tvar registry = " + CssInjectStyleRuntimeModule.ServerStyleRegistry(options)
        + ";\n\tvar css = \"\";\n\tfor (var key in registry) css += registry[key];\n\treturn css;\n};";
}
