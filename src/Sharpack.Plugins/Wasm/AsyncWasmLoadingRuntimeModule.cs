// Follows webpack lib/wasm-async/AsyncWasmLoadingRuntimeModule.js with the binary loaders of
// lib/web/FetchCompileAsyncWasmPlugin.js (`fetch`, streaming where WebAssembly.instantiateStreaming
// exists) and lib/node/ReadFileCompileAsyncWasmPlugin.js (`async-node`: the file beside the
// bundle, read with fs; with ES module output through import() and import.meta.url) and
// lib/wasm-async/UniversalCompileAsyncWasmPlugin.js (`universal`: fetch on a web-like platform,
// the file system otherwise, from the binary's URL beside the chunk):
// __webpack_require__.v(exports, wasmModuleId, wasmModuleHash, importsObj) instantiates the binary
// and copies the instance's exports onto the module's exports object.

using Sharpack.Core.Runtime;
using Sharpack.Core.Seal;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Wasm;

/// <summary>The runtime that loads and instantiates <c>webassembly/async</c> modules.</summary>
/// <param name="loading">The chunk's wasm loading type: <c>fetch</c>, <c>async-node</c> or <c>universal</c> (ES module output).</param>
/// <param name="options">The build's options (the file name template, the public path, the environment).</param>
public sealed class AsyncWasmLoadingRuntimeModule(string loading, Core.Options.SharpackOptions options) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/wasm loading";

    /// <inheritdoc />
    public override RuntimeGlobals Requires =>
        (loading == "fetch" && ConstantPublicPath is null ? RuntimeGlobals.PublicPath : RuntimeGlobals.None)
        | (UsesFullHash ? RuntimeGlobals.GetFullHash : RuntimeGlobals.None);

    /// <inheritdoc />
    public override bool DependsOnHashes => UsesFullHash;

    private string? ConstantPublicPath => ConstantPublicPathOf(options.Output);

    private bool UsesFullHash => options.Output.WebassemblyModuleFilename.Contains("[fullhash", StringComparison.Ordinal);

    /// <summary>
    /// webpack's runtimeTemplate.constantPublicPath: <c>output.publicPath</c> when it is a plain string
    /// (not <c>auto</c>, no placeholder, no function), which the loader may write as a literal.
    /// </summary>
    internal static string? ConstantPublicPathOf(Core.Options.OutputOptions output) =>
        output.PublicPathFunction is null && output.PublicPath is { } path && path != "auto" && !path.Contains('[', StringComparison.Ordinal) ? path : null;

    /// <summary>
    /// The binary's path as a JavaScript expression of <c>wasmModuleId</c> and <c>wasmModuleHash</c>
    /// (webpack's getPath of the quoted template with the module's id and hash left to the runtime).
    /// </summary>
    internal static string PathExpression(string template) =>
        PathPlaceholders.Replace(Core.CodeGeneration.CodeGenerationContext.JsonString(template), static (key, argument, hasArgument) =>
        {
            var length = hasArgument && int.TryParse(argument, System.Globalization.NumberStyles.None, null, out var n) ? n : -1;
            var slice = length >= 0 ? ".slice(0, " + length + ")" : "";
            return key switch
            {
                "id" or "moduleid" => "\" + wasmModuleId + \"",
                "hash" or "modulehash" or "contenthash" => "\" + wasmModuleHash" + slice + " + \"",
                "fullhash" => "\" + __webpack_require__.h()" + slice + " + \"",
                _ => null,
            };
        });

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arrows = options.Output.Environment.ArrowFunction;
        var path = PathExpression(options.Output.WebassemblyModuleFilename);
        string[] fallback =
        [
            ".then(" + FunctionSyntax.Returning("x.arrayBuffer()", arrows, "x") + ")",
            ".then(" + FunctionSyntax.Returning("WebAssembly.instantiate(bytes, importsObj)", arrows, "bytes") + ")",
            ".then(" + FunctionSyntax.Returning("Object.assign(exports, res.instance.exports)", arrows, "res") + ")",
        ];
        string body;
        if (loading is "fetch" or "universal")
        {
            // UniversalCompileAsyncWasmPlugin: fetch where the platform is web-like, the file system
            // otherwise, both from the URL of the binary beside the chunk.
            var universal = loading == "universal";
            var url = "new URL(wasmUrl, " + options.Output.ImportMetaName + ".url)";
            var loader = universal
                ? WasmTemplate.Lines(
                    "(useFetch",
                    WasmTemplate.Indent("? fetch(" + url + ")"),
                    WasmTemplate.Indent(
                        ": Promise.all([import('fs'), import('url')]).then(([{ readFile }, { URL }]) => new Promise((resolve, reject) => {",
                        WasmTemplate.Indent(
                            "readFile(" + url + ", (err, buffer) => {",
                            WasmTemplate.Indent("if (err) return reject(err);", "", "// Fake fetch response", "resolve({", WasmTemplate.Indent("arrayBuffer() { return buffer; }"), "});"),
                            "});"),
                        "})))"))
                : ConstantPublicPath is { } constant
                    ? "fetch(" + Core.CodeGeneration.CodeGenerationContext.JsonString(constant) + " + " + path + ")"
                    : "fetch(__webpack_require__.p + " + path + ")";
            var instantiate = options.Output.WasmStreamingFallback
                ? WasmTemplate.Lines(
                    "return WebAssembly.instantiateStreaming(res, importsObj)",
                    WasmTemplate.Indent(
                        ".then(",
                        WasmTemplate.Indent(
                            FunctionSyntax.Returning("Object.assign(exports, res.instance.exports)", arrows, "res") + ",",
                            WasmTemplate.Function("e", WasmTemplate.Lines(
                                "if(res.headers.get(\"Content-Type\") !== \"application/wasm\") {",
                                WasmTemplate.Indent(
                                    "console.warn(\"`WebAssembly.instantiateStreaming` failed because your server does not serve wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\\n\", e);",
                                    "return fallback();"),
                                "}",
                                "throw e;"), arrows)),
                        ");"))
                : "return WebAssembly.instantiateStreaming(res, importsObj).then(" + FunctionSyntax.Returning("Object.assign(exports, res.instance.exports)", arrows, "res") + ");";
            body = WasmTemplate.Indent(
                universal ? WasmTemplate.Lines("var useFetch = typeof document !== 'undefined' || typeof self !== 'undefined';", "var wasmUrl = " + path + ";") : "",
                "var req = " + loader + ";",
                "var fallback = " + FunctionSyntax.Returning(WasmTemplate.Lines("req", WasmTemplate.Indent(fallback)), arrows) + ";",
                "return req.then(" + WasmTemplate.Function("res", WasmTemplate.Lines(
                    "if (typeof WebAssembly.instantiateStreaming === \"function\") {",
                    WasmTemplate.Indent(universal ? WasmTemplate.Lines("if (!useFetch) {", WasmTemplate.Indent("return fallback();"), "}") : ""),
                    WasmTemplate.Indent(instantiate),
                    "}",
                    "return fallback();"), arrows) + ");");
        }
        else
        {
            body = WasmTemplate.Indent("", "return " + NodeLoader(options, path), WasmTemplate.Indent(fallback) + ";");
        }
        var parameters = "exports, wasmModuleId, wasmModuleHash, importsObj";
        return "__webpack_require__.v = " + FunctionSyntax.Head(parameters, arrows) + "{\n" + body + "\n};";
    }

    // ReadFileCompileAsyncWasmPlugin's loaders: a promise of a fake fetch response over the file.
    private static string NodeLoader(Core.Options.SharpackOptions options, string path)
    {
        string[] respond =
        [
            "if (err) return reject(err);",
            "",
            "// Fake fetch response",
            "resolve({",
            WasmTemplate.Indent("arrayBuffer() { return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength); }"),
            "});",
        ];
        if (options.Output.Module)
        {
            return WasmTemplate.Lines(
                "Promise.all([import('fs'), import('url')]).then(([{ readFile }, { URL }]) => new Promise((resolve, reject) => {",
                WasmTemplate.Indent(
                    "readFile(new URL(" + path + ", " + options.Output.ImportMetaName + ".url), (err, buffer) => {",
                    WasmTemplate.Indent(respond),
                    "});"),
                "}))");
        }
        var prefix = options.Output.Environment.NodePrefixForCoreModules ? "node:" : "";
        return WasmTemplate.Lines(
            "new Promise(function (resolve, reject) {",
            WasmTemplate.Indent(
                "try {",
                WasmTemplate.Indent(
                    "var { readFile } = require(\"" + prefix + "fs\");",
                    "var { join } = require(\"" + prefix + "path\");",
                    "",
                    "readFile(join(__dirname, " + path + "), function(err, buffer){",
                    WasmTemplate.Indent(respond),
                    "});"),
                "} catch (err) { reject(err); }"),
            "})");
    }
}
