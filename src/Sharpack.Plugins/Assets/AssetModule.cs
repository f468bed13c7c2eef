// Follows webpack lib/asset: AssetParser, AssetSourceParser, AssetBytesParser (what building
// decides) and AssetGenerator, AssetSourceGenerator, AssetBytesGenerator (what the module's code
// and file are). One class for the five types:
//   asset/resource  a file emitted under output.assetModuleFilename; the module exports its URL
//   asset/inline    the module exports a data: URL of the content
//   asset           either, by parser.dataUrlCondition (8096 bytes or less: inline)
//   asset/source    the module exports the content as a string
//   asset/bytes     the module exports the content as a Uint8Array
// Its source types follow webpack's getTypes: a file for an emitting asset, JavaScript when some
// module imports it (an asset that is only an entry is a file alone).

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.Sources;

namespace Sharpack.Plugins.Assets;

/// <summary>An asset module: <c>asset</c>, <c>asset/resource</c>, <c>asset/inline</c>, <c>asset/source</c> or <c>asset/bytes</c>.</summary>
public sealed class AssetModule(string identifier, string resource, string type) : NormalModule(identifier, resource, type)
{
    /// <summary>The source type of an asset module's file.</summary>
    public const string AssetSourceType = "asset";

    /// <summary>webpack's default <c>parser.dataUrlCondition.maxSize</c>: an <c>asset</c> of this many bytes or fewer is inlined.</summary>
    public const int DefaultDataUrlMaxSize = 8096;

    private static readonly string[] s_assetAndJavaScript = [AssetSourceType, "javascript"];
    private static readonly string[] s_asset = [AssetSourceType];
    private static readonly string[] s_javaScript = ["javascript"];

    private byte[] _content = [];
    private readonly Lock _lock = new();
    private AssetFile? _file;

    /// <summary>The content: the file's bytes, or what the loaders made of them.</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>webpack's buildInfo.dataUrl: the module is a data: URL rather than a file.</summary>
    public bool IsDataUrl { get; private set; }

    /// <inheritdoc />
    public override int CodeGenerationStateHash() => (ReadByJavaScript ? 1 : 0) | (JavaScriptWrapperUnused ? 2 : 0);

    /// <summary>
    /// Whether JavaScript reads this module (webpack's getTypes reads the incoming connections): set
    /// before the chunk graph is built; an asset no module imports, or only stylesheets' url()s
    /// name (they write its file's URL themselves), writes no JavaScript.
    /// </summary>
    public bool ReadByJavaScript { get; internal set; } = true;

    /// <summary>
    /// Analyzable ES module output: every JavaScript consumer names the file itself (a
    /// <c>new URL("./x", import.meta.url)</c> that becomes a literal), so nothing reads the module's
    /// JavaScript wrapper and it is not written (webpack's getTypes, jsWrapperUnused).
    /// </summary>
    public bool JavaScriptWrapperUnused { get; internal set; }

    /// <summary>The module's file is written (an <c>asset</c> or <c>asset/resource</c> that is no data: URL, unless <c>generator.emit</c> is false).</summary>
    public bool EmitsFile => Type is "asset" or "asset/resource" && !IsDataUrl && GeneratorOptions?["emit"]?.GetValueKind() != JsonValueKind.False;

    /// <inheritdoc />
    public override long Size => _content.LongLength;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes
    {
        get
        {
            var javascript = ReadByJavaScript && !JavaScriptWrapperUnused;
            if (EmitsFile)
                return javascript ? s_assetAndJavaScript : s_asset;
            return javascript ? s_javaScript : [];
        }
    }

    /// <inheritdoc />
    public override double GetSize(string sourceType)
    {
        if (sourceType == AssetSourceType)
            return _content.Length;
        return Type switch
        {
            // AssetSourceGenerator: m.exports="…"
            "asset/source" => _content.Length + 12,
            "asset/bytes" => _content.Length * 1.34 + 36,
            _ => IsDataUrl ? _content.Length * 1.34 + 36 : 42,
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ReadSourceBytes(context, out var diagnostics) is not { } bytes)
            return diagnostics;
        _content = bytes;
        _file = null;
        IsDataUrl = Type switch
        {
            "asset/inline" => true,
            "asset" => InlineByCondition(context.Options),
            _ => false,
        };
        return diagnostics;
    }

    // AssetParser: parser.dataUrlCondition is a function of (content, { filename, module }) or
    // { maxSize } (8096 bytes by default).
    private bool InlineByCondition(SharpackOptions options)
    {
        var condition = RawParserOptions?["dataUrlCondition"];
        if (JsFunction.IsHandle(condition) && options.ModuleFunctions?.Resolve(condition) is { } function)
        {
            var answer = function.Call(ContentArgument(), new JsonObject { ["filename"] = Resource, ["module"] = ModuleData() });
            return answer is JsonValue value && value.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.String => value.GetValue<string>().Length > 0,
                JsonValueKind.Number => value.GetValue<double>() != 0,
                _ => false,
            };
        }
        var maxSize = condition is JsonObject { } limits && ConfigNumbers.Value(limits["maxSize"]) is { } max ? max : DefaultDataUrlMaxSize;
        return _content.Length <= maxSize;
    }

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => BuildExportsType.Default;

    /// <inheritdoc />
    /// <remarks>webpack: exportsType "default" without a default object, so a namespace import sees only <c>default</c>.</remarks>
    public override ExportsType GetExportsType(bool strict) => ExportsType.DefaultOnly;

    /// <inheritdoc />
    /// <remarks>webpack's asset generators let an asset merge into a concatenated module as a constant.</remarks>
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) => null;

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => Generate(context, null);

    /// <inheritdoc />
    public override bool GeneratesPerRuntime =>
        GeneratorOptions?["publicPath"] is JsonValue value && value.TryGetValue<string>(out var path) && path.Contains("[runtime]", StringComparison.Ordinal);

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only stylesheets and pages name it (webpack's getTypes: no javascript type): no wrapper, and no
        // runtime global it would read.
        if (!context.BuildTimeExecution && !SourceTypes.Contains("javascript"))
            return new CodeGenerationResult(new RawSource(""), RuntimeGlobals.None) { Strict = true };
        var buildTimeFile = BuildTimeFile(context);
        var (value, requirements) = Value(context, buildTimeFile, runtime);
        var result = new CodeGenerationResult(new RawSource("module.exports = " + value + ";"), requirements | RuntimeGlobals.Module) { Strict = true };
        if (buildTimeFile is not { } file || !EmitsFile)
            return result;
        // Run at build time (this.importModule): the file goes out with the module that imported it,
        // as webpack's AssetModulesPlugin adds it in prepareModuleExecution.
        var info = new AssetInfo { SourceFilename = file.SourceFilename, Immutable = file.Hashes.Count > 0, ContentHash = file.Hashes };
        return result with { BuildTimeAssets = [new BuildTimeAsset(file.Filename, _content.ToArray(), info)] };
    }

    /// <inheritdoc />
    public override CodeGenerationResult GenerateConcatenated(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        scope.RegisterNamespaceExport(ConcatenationScope.NamespaceObjectExport);
        var (value, requirements) = Value(context, runtime: runtime);
        var declaration = context.Options.Output.Environment.Const ? "const " : "var ";
        return new CodeGenerationResult(new RawSource(declaration + ConcatenationScope.NamespaceObjectExport + " = " + value + ";"), requirements) { Strict = true };
    }

    // At build time (this.importModule) a file the module names is named afresh, not kept: ids are
    // not the output's yet. Null otherwise, or when the module names no file.
    private AssetFile? BuildTimeFile(CodeGenerationContext context) =>
        context.BuildTimeExecution && !IsDataUrl && Type is not ("asset/source" or "asset/bytes") ? AssetFile.For(this, context.Options) : null;

    // The exported value as an expression, and the runtime globals it reads; buildTimeFile stands
    // for the module's file where it is given.
    private (string Value, RuntimeGlobals Requirements) Value(CodeGenerationContext context, AssetFile? buildTimeFile = null, RuntimeSpec? runtime = null)
    {
        var options = context.Options;
        switch (Type)
        {
            case "asset/source":
                return (CodeGenerationContext.JsonString(Encoding.UTF8.GetString(_content)), RuntimeGlobals.None);
            case "asset/bytes":
                return ("__webpack_require__.tb(" + CodeGenerationContext.JsonString(Convert.ToBase64String(_content)) + ")", RuntimeGlobals.Require | RuntimeGlobals.ToBinary);
        }
        if (IsDataUrl)
            return (CodeGenerationContext.JsonString(AssetDataUrl.Create(this, options)), RuntimeGlobals.None);
        var file = buildTimeFile ?? File(options);
        if (file.PublicPathIn(runtime) is { } publicPath)
            return (CodeGenerationContext.JsonString(publicPath + file.OriginalFilename), RuntimeGlobals.None);
        // webpack's AssetGenerator for analyzable ES module output: the file named from the chunk
        // the wrapper sits in (`new URL("./x", import.meta.url).href`), or a public path that is a
        // complete URL of its own, which is the whole string already.
        if (buildTimeFile is null && context.Analyzable is { } analyzable)
        {
            var constant = analyzable.ConstantPublicPath;
            var whole = constant is not null && (constant.StartsWith("//", StringComparison.Ordinal) || UrlSchemes.Has(constant));
            var auto = options.Output.PublicPath == "auto" && options.Output.PublicPathFunction is null;
            if ((auto || whole) && analyzable.Supports(AnalyzableForm.Url, this)
                && analyzable.AssetUrl(this, file.OriginalFilename, runtime) is { } literal)
                return (whole ? literal : analyzable.ImportMetaUrl(literal) + ".href", RuntimeGlobals.None);
        }
        return ("__webpack_require__.p + " + CodeGenerationContext.JsonString(file.OriginalFilename), RuntimeGlobals.PublicPath);
    }

    /// <summary>
    /// The asset's URL as a string literal where the module's own value is one (webpack's
    /// getAnalyzableUrlSpecifier reading the wrapper's url): a data URL or a generator publicPath's;
    /// null otherwise.
    /// </summary>
    public string? LiteralUrl(CodeGenerationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Type is "asset/source" or "asset/bytes")
            return null;
        if (IsDataUrl)
            return CodeGenerationContext.JsonString(AssetDataUrl.Create(this, context.Options));
        return File(context.Options).PublicPath is { } publicPath ? CodeGenerationContext.JsonString(publicPath + File(context.Options).OriginalFilename) : null;
    }

    /// <summary>The module's file: its name (with outputPath), the URL's name (without), and its asset info; computed once per build.</summary>
    public AssetFile File(SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_file is { } known)
            return known;
        lock (_lock)
            return _file ??= AssetFile.For(this, options);
    }

    /// <summary>The content as a configuration function gets it: a Buffer.</summary>
    internal JsonObject ContentArgument() => new() { ["$buffer"] = Convert.ToBase64String(_content) };

    /// <summary>What a configuration function sees of the module (webpack passes the NormalModule).</summary>
    internal JsonObject ModuleData() => new()
    {
        ["$module"] = "NormalModule",
        ["id"] = Id,
        ["identifier"] = Identifier,
        ["resource"] = Resource,
        ["type"] = Type,
    };
}
