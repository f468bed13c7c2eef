// Follows webpack lib/wasm-async (AsyncWebAssemblyParser, AsyncWebAssemblyJavascriptGenerator): a
// `webassembly/async` module is a WebAssembly binary. Its exports are the binary's exports, by
// their names (never mangled: the instance's exports object is copied as is); its imports are
// requests for the modules they name. It is an async module: its JavaScript loads the binary
// through __webpack_require__.v with an import object built from the imported modules' exports
// and resolves to its exports once instantiated. The binary itself is emitted as a file of every
// chunk holding the module (output.webassemblyModuleFilename).

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Sources;

namespace Sharpack.Plugins.Wasm;

/// <summary>A <c>webassembly/async</c> module.</summary>
public sealed class AsyncWasmModule(string identifier, string resource) : NormalModule(identifier, resource, Type)
{
    /// <summary>The module type.</summary>
    public new const string Type = "webassembly/async";

    /// <summary>The source type of the binary (webpack's <c>webassembly</c>).</summary>
    public const string WebAssemblySourceType = "webassembly";

    private static readonly string[] s_sourceTypes = ["javascript", WebAssemblySourceType];

    private byte[] _bytes = [];
    private string? _hash;

    /// <summary>The binary.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <inheritdoc />
    public override long Size => _bytes.LongLength;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes => s_sourceTypes;

    /// <inheritdoc />
    /// <remarks>webpack's estimate for the JavaScript: <c>m.exports=s.v(e,_.id,"6db474f11db19c35388a")</c> and an import per dependency.</remarks>
    public override double GetSize(string sourceType) =>
        sourceType == WebAssemblySourceType ? _bytes.Length : 40 + Dependencies.Count * 10;

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ReadSourceBytes(context, out var diagnostics) is not { } bytes)
            return diagnostics;
        _bytes = bytes;
        _hash = null;
        WasmBinary binary;
        try
        {
            binary = WasmBinary.Read(bytes);
        }
        catch (FormatException e)
        {
            var failed = new BuildDiagnostic("Module parse failed: " + e.Message + ProcessedWithLoaders()
                + "\nA WebAssembly binary (type \"webassembly/async\") was expected; set a rule's type for a file that is something else.", ReadableName);
            return diagnostics.Count == 0 ? [failed] : [.. diagnostics, failed];
        }
        foreach (var import in binary.Imports)
            Dependencies.Add(new WasmImportDependency(import.Module, import.Name, import.Kind));
        ProvidedExports = binary.Exports;
        Dependencies.Add(new StaticExportsDependency(binary.Exports, canMangle: false));
        return diagnostics;
    }

    /// <inheritdoc />
    /// <remarks>webpack's parser sets <c>buildMeta.async</c>: the instance exists only once the binary is loaded.</remarks>
    public override bool HasTopLevelAwait => true;

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => BuildExportsType.Namespace;

    /// <inheritdoc />
    public override ExportsType GetExportsType(bool strict) => ExportsType.Namespace;

    /// <inheritdoc />
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) =>
        "Module Concatenation is not implemented for AsyncWebAssemblyJavascriptGenerator";

    /// <summary>
    /// The module's hash as the binary's file name and the runtime see it (webpack's rendered module
    /// hash): <c>output.hashFunction</c> over the binary, in <c>output.hashDigest</c>, cut to <c>hashDigestLength</c>.
    /// </summary>
    public string Hash(Core.Options.OutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_hash is { } hash)
            return hash;
        var hasher = Core.Hashing.Hash.Create(output);
        hasher.Append(Identifier);
        hasher.Append(_bytes);
        var digest = hasher.Digest(output.HashDigest);
        return _hash = digest.Length > output.HashDigestLength ? digest[..output.HashDigestLength] : digest;
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => Generate(context, null);

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = new TemplateContext(this, new ReplaceSource(new RawSource("")), context, runtime);
        var graph = context.Graph;
        // Each imported module once, with its variable; the imports by request, in binary order,
        // each with the index of its module.
        var modules = new List<(Module Target, string Request, string Variable)>();
        var byRequest = new List<(string Request, List<(WasmImportDependency Import, int Module)> Imports)>();
        foreach (var dependency in Dependencies)
        {
            if (dependency is not WasmImportDependency import || graph.GetModule(import) is not { } target)
                continue;
            var index = modules.FindIndex(m => m.Target == target);
            if (index < 0)
            {
                index = modules.Count;
                modules.Add((target, import.Request!, "WEBPACK_IMPORTED_MODULE_" + index));
            }
            var group = byRequest.FindIndex(g => g.Request == import.Request);
            if (group < 0)
                byRequest.Add((import.Request!, [(import, index)]));
            else
                byRequest[group].Imports.Add((import, index));
        }
        var promises = new List<string>();
        for (var i = 0; i < modules.Count; i++)
        {
            var (target, request, variable) = modules[i];
            if (target.IsAsync)
                promises.Add(variable);
            EsmImportSideEffectDependency.DeclareImport(template, target, variable, request, i);
        }
        var importsObject = new StringBuilder();
        if (byRequest.Count > 0)
        {
            importsObject.Append("{\n");
            for (var g = 0; g < byRequest.Count; g++)
            {
                var (request, imports) = byRequest[g];
                importsObject.Append('\t').Append(CodeGenerationContext.JsonString(request)).Append(": {\n");
                for (var i = 0; i < imports.Count; i++)
                {
                    var (import, index) = imports[i];
                    var value = EsmImportSpecifierDependency.Expression(modules[index].Target, modules[index].Variable, request, index, import.Name, template, out _);
                    importsObject.Append("\t\t").Append(CodeGenerationContext.JsonString(import.Name)).Append(": ").Append(value)
                        .Append(i < imports.Count - 1 ? ",\n" : "\n");
                }
                importsObject.Append(g < byRequest.Count - 1 ? "\t},\n" : "\t}\n");
            }
            importsObject.Append('}');
        }
        // webpack's importStatement: the imports, then what must wait for an async module's value (its default getter).
        var fragments = template.InitFragments;
        JavaScript.JavaScriptModule.SortInitFragments(fragments);
        var importsCode = new StringBuilder();
        var compatCode = new StringBuilder();
        foreach (var fragment in fragments)
            (fragment.Stage < JavaScript.JavaScriptModule.StageAsyncHarmonyImports ? importsCode : compatCode).Append(fragment.Content);
        var call = "__webpack_require__.v(exports, module.id, " + CodeGenerationContext.JsonString(Hash(context.Options.Output))
            + (importsObject.Length > 0 ? ", " + importsObject + ")" : ")");
        var requirements = template.RuntimeRequirements | RuntimeGlobals.Module | RuntimeGlobals.ModuleId | RuntimeGlobals.Exports | RuntimeGlobals.InstantiateWasm;
        string code;
        if (promises.Count == 0)
        {
            code = importsCode.ToString() + compatCode + "module.exports = " + call + ";";
        }
        else
        {
            requirements |= RuntimeGlobals.AsyncModule;
            var arrows = context.Options.Output.Environment.ArrowFunction;
            var list = string.Join(", ", promises);
            var instantiate = WasmTemplate.Function("[" + list + "]", compatCode + "return " + call + ";", arrows);
            var body = "try {\n" + importsCode
                + "var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([" + list + "]);\n"
                + "var [" + list + "] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__;\n"
                + compatCode + "await " + call + ";\n__webpack_async_result__();\n} catch(e) { __webpack_async_result__(e); }";
            code = "var __webpack_instantiate__ = " + instantiate + "\n__webpack_require__.a(module, async "
                + WasmTemplate.Function("__webpack_handle_async_dependencies__, __webpack_async_result__", body, arrows) + ", 1);";
        }
        return new CodeGenerationResult(new RawSource(code), requirements) { Strict = true };
    }
}
