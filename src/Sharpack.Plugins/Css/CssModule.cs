// Follows webpack lib/css/CssModule.js and CssGenerator.js: a module of type `css`, `css/global`,
// `css/module` or `css/auto` (a CSS module when its name says `.module.css`). Building reads the
// stylesheet (CssModuleParser); code generation gives two outputs:
//   css         the stylesheet with the parser's edits applied (imports and composes removed, URLs
//               the assets', local names the generated ones), for the chunk's .css file;
//   javascript  when a JavaScript module imports it: the exports object of a CSS module
//               (`module.exports = { "button": "app-btn-x" }`), empty for plain CSS.
// Its source types follow webpack's getTypes: JavaScript only when a module that is no CSS imports
// it; no stylesheet with generator.exportsOnly (server builds: the names without the styles).

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Sources;

namespace Sharpack.Plugins.Css;

/// <summary>A CSS module.</summary>
public sealed class CssModule(string identifier, string resource, string type) : NormalModule(identifier, resource, type)
{
    /// <summary>The module types: plain CSS, global and local CSS modules, and CSS modules by file name.</summary>
    public static readonly IReadOnlyList<string> Types = ["css", "css/global", "css/module", "css/auto"];

    /// <summary>The source type of a stylesheet.</summary>
    public const string CssSourceType = "css";

    private static readonly string[] s_css = [CssSourceType];
    private static readonly string[] s_javaScriptAndCss = ["javascript", CssSourceType];
    private static readonly string[] s_javaScript = ["javascript"];

    private string _text = "";
    private LineTable? _lines;
    private CssParseResult? _parsed;
    private CssGeneratorOptions _generator = new();
    private bool _namedExports = true;
    private long _size = -1;

    /// <summary>The cascade layer an <c>@import</c> put the stylesheet in (null: none, "": anonymous).</summary>
    public string? CssLayer { get; private set; }

    /// <summary>The <c>supports()</c> condition an <c>@import</c> gave, or null.</summary>
    public string? Supports { get; private set; }

    /// <summary>The media an <c>@import</c> gave, or null.</summary>
    public string? Media { get; private set; }

    /// <summary>The layers, conditions and media of the modules that imported this one through theirs.</summary>
    public IReadOnlyList<CssInheritance>? Inheritance { get; private set; }

    /// <summary>Whether the stylesheet is a CSS module (local or global mode), whose exports are its names.</summary>
    public bool IsCssModule { get; private set; }

    /// <summary>The <c>@charset</c>, or null.</summary>
    public string? Charset => _parsed?.Charset;

    /// <summary>The external <c>@import</c> rules, for the top of the chunk's file.</summary>
    public IReadOnlyList<string> ExternalImports => _parsed?.ExternalImports ?? [];

    /// <summary>The generator options (<c>module.generator.css…</c> and the rules').</summary>
    public CssGeneratorOptions Generator => _generator;

    /// <summary>
    /// webpack's <c>parser.css.exportType</c>: <c>link</c> (the chunk's .css file, the default), <c>text</c>
    /// (the default export is the CSS text), <c>css-style-sheet</c> (a constructable <c>CSSStyleSheet</c>, as
    /// <c>import sheet from "./a.css" with { type: "css" }</c> gives) or <c>style</c> (a <c>&lt;style&gt;</c> element).
    /// </summary>
    public string ExportType { get; private set; } = "link";

    private string? _importedExportType;
    private bool _cssAttribute;

    /// <summary>Whether the stylesheet goes into a chunk's .css file (exportType link, not exportsOnly).</summary>
    public bool WritesStylesheet => ExportType == "link" && !_generator.ExportsOnly;

    /// <inheritdoc />
    public override int CodeGenerationStateHash() => HasJavaScriptOrigin ? 1 : 0;

    /// <summary>Set before chunks are built: a module that is no CSS imports this one (webpack's getTypes reads the incoming connections).</summary>
    public bool HasJavaScriptOrigin { get; internal set; } = true;

    /// <inheritdoc />
    public override long Size => _size >= 0 ? _size : _size = Encoding.UTF8.GetByteCount(_text);

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes => ExportType == "style"
        ? s_javaScript
        : _generator.ExportsOnly || ExportType != "link"
            ? (HasJavaScriptOrigin ? s_javaScript : [])
            : HasJavaScriptOrigin ? s_javaScriptAndCss : s_css;

    /// <inheritdoc />
    /// <remarks>Its stylesheet is written from the chunk's CSS file.</remarks>
    public override bool StaysInChunksWhenConcatenated => WritesStylesheet;

    /// <inheritdoc />
    /// <remarks>A "style" module's id keys its &lt;style&gt; element; a CSS module's may be in its class names.</remarks>
    public override bool NeedsIdWhenConcatenated => IsCssModule || ExportType == "style";

    /// <inheritdoc />
    /// <remarks>webpack's CssGenerator.getSize: the exports object's JSON and 42 for JavaScript, the source for CSS.</remarks>
    public override double GetSize(string sourceType)
    {
        if (sourceType == CssSourceType)
            return Size;
        var exports = _parsed?.Exports;
        if (exports is null || exports.Count == 0)
            return IsCssModule ? 42 : 0;
        var length = 2 + (exports.Count - 1);
        foreach (var export in exports)
            length += export.Name.Length + 3 + 1 + 12;
        return length + 42;
    }

    /// <inheritdoc />
    public override void InitializeFrom(Dependency dependency)
    {
        ArgumentNullException.ThrowIfNull(dependency);
        _cssAttribute = IsCssAttributeImport(dependency);
        _identifierSuffix = IdentifierSuffix(dependency);
        if (dependency is not CssImportDependency import)
            return;
        CssLayer = import.Layer;
        Supports = import.Supports;
        Media = import.Media;
        Inheritance = import.Inheritance;
        _importedExportType = import.ExportType;
    }

    private string _identifierSuffix = "";

    /// <inheritdoc />
    /// <remarks>The same file @imported under two layers (or conditions) is two modules: their sources are two.</remarks>
    public override string SourceMapName => _identifierSuffix.Length > 0 ? ReadableIdentifier + _identifierSuffix : ReadableIdentifier;

    // webpack's default rule for `with { type: "css" }`: the stylesheet is a CSSStyleSheet there.
    private static bool IsCssAttributeImport(Dependency dependency) =>
        dependency.Attributes is { } attributes && attributes.TryGetValue("type", out var type) && type == "css";

    /// <summary>
    /// What a CSS module's identifier adds for the request that creates it: an <c>@import</c>'s layer,
    /// condition, media and exportType, or the other exportType an import <c>with { type: "css" }</c> gives.
    /// </summary>
    public static string IdentifierSuffix(Dependency dependency) => dependency switch
    {
        CssImportDependency import => import.ModuleIdentifierSuffix,
        _ when IsCssAttributeImport(dependency) => "|css-style-sheet",
        _ => "",
    };

    /// <summary>What an <c>@import</c> in this module passes on to the module it imports.</summary>
    internal IReadOnlyList<CssInheritance>? InheritanceForImports()
    {
        if (CssLayer is null && Supports is null && Media is null)
            return Inheritance;
        var list = new List<CssInheritance> { new(CssLayer, Supports, Media) };
        if (Inheritance is not null)
            list.AddRange(Inheritance);
        return list;
    }

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ReadSource(context, out var diagnostics) is not { } text)
            return diagnostics;
        _text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        _size = -1;
        _lines = new LineTable(_text);
        var parserOptions = RawParserOptions;
        // webpack's module.exportType: the importing @import's, else the parser option's (a `with { type: "css" }`
        // import's default rule gives css-style-sheet); named in the readable identifier when given.
        var givenExportType = _importedExportType ?? String(parserOptions, "exportType") ?? (_cssAttribute ? "css-style-sheet" : null);
        ReadableIdentifier = ReadableIdentifierOf(ReadableName, givenExportType);
        var mode = Type switch
        {
            "css/module" => "local",
            "css/global" => "global",
            "css/auto" => IsModuleFileName(ResourcePath) ? "local" : "pure",
            _ => "pure",
        };
        IsCssModule = mode != "pure";
        _namedExports = Bool(parserOptions, "namedExports") ?? true;
        ExportType = givenExportType ?? "link";
        _generator = ReadGenerator(context.Options);
        var options = new CssParserOptions
        {
            Import = Bool(parserOptions, "import") ?? true,
            Url = Bool(parserOptions, "url") ?? true,
            Animation = Bool(parserOptions, "animation") ?? true,
            DashedIdents = Bool(parserOptions, "dashedIdents") ?? true,
            Container = Bool(parserOptions, "container") ?? true,
            CustomIdents = Bool(parserOptions, "customIdents") ?? true,
            Grid = Bool(parserOptions, "grid") ?? true,
            CustomMedia = (Bool(parserOptions, "customMedia") ?? true) && (Bool(parserOptions, "customSelectors") ?? true),
        };
        // parser.as "block-contents": a `style=""` attribute's declarations (an HTML page's inline styles).
        var sheet = String(parserOptions, "as") == "block-contents" ? Sharpack.Css.CssParser.ParseBlockContents(_text) : Sharpack.Css.CssParser.ParseStylesheet(_text);
        var parsed = CssModuleParser.Parse(sheet, mode, options);
        _parsed = parsed;
        var inheritance = InheritanceForImports();
        foreach (var dependency in parsed.Dependencies)
        {
            if (dependency is CssImportDependency import && (inheritance is not null || ExportType != "link"))
                Dependencies.Add(new CssImportDependency(import.Request!, import.Mode)
                {
                    Start = import.Start,
                    End = import.End,
                    Layer = import.Layer,
                    Supports = import.Supports,
                    Media = import.Media,
                    Inheritance = inheritance,
                    ExportType = ExportType != "link" ? ExportType : null,
                });
            else
                Dependencies.Add(dependency);
        }
        var names = new List<string>();
        if (ExportType is "text" or "css-style-sheet")
            names.Add("default");
        foreach (var export in parsed.Exports)
            names.AddRange(ExportNames(export.Name));
        ProvidedExports = names;
        Dependencies.Add(new StaticExportsDependency(names, canMangle: true));
        if (parsed.Warnings.Count == 0)
            return diagnostics;
        var all = new List<BuildDiagnostic>(diagnostics);
        foreach (var warning in parsed.Warnings)
            all.Add(DiagnosticAt(warning.Start, warning.End, warning.Message, isWarning: true));
        return all;
    }

    private string ReadableIdentifierOf(string readable, string? exportType)
    {
        var builder = new StringBuilder("css ").Append(readable);
        if (!string.IsNullOrEmpty(CssLayer))
            builder.Append(" (layer: ").Append(CssLayer).Append(')');
        if (Supports is not null)
            builder.Append(" (supports: ").Append(Supports).Append(')');
        if (Media is not null)
            builder.Append(" (media: ").Append(Media).Append(')');
        if (exportType is not null)
            builder.Append(" (exportType: ").Append(exportType).Append(')');
        return builder.ToString();
    }

    // webpack's IS_MODULES: /\.modules?\.[^.]+$/i.
    private static bool IsModuleFileName(string path)
    {
        var dot = path.LastIndexOf('.');
        if (dot <= 0)
            return false;
        var stem = path.AsSpan(0, dot);
        return stem.EndsWith(".module", StringComparison.OrdinalIgnoreCase) || stem.EndsWith(".modules", StringComparison.OrdinalIgnoreCase);
    }

    private static bool? Bool(JsonObject? options, string key) =>
        options?[key] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValueKind() == JsonValueKind.True : null;

    private static string? String(JsonObject? options, string key) =>
        options?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // webpack's applyCssGeneratorOptionsDefaults and the CSS module types' defaults, under the
    // options of module.generator and the rules.
    private CssGeneratorOptions ReadGenerator(SharpackOptions options)
    {
        var generator = GeneratorOptions;
        var development = options.Mode == BuildMode.Development;
        var localIdentName = development ? (options.Output.UniqueName.Length > 0 ? "[uniqueName]-[id]-[local]" : "[id]-[local]") : "[fullhash]";
        return new CssGeneratorOptions
        {
            LocalIdentName = String(generator, "localIdentName") ?? localIdentName,
            LocalIdentHashSalt = String(generator, "localIdentHashSalt"),
            LocalIdentHashDigest = String(generator, "localIdentHashDigest") ?? "base64url",
            LocalIdentHashDigestLength = generator?["localIdentHashDigestLength"] is JsonValue length && length.TryGetValue<int>(out var digits) ? digits : 6,
            LocalIdentHashFunction = String(generator, "localIdentHashFunction"),
            ExportsConvention = String(generator, "exportsConvention") ?? "as-is",
            ExportsConventionFunction = generator?["exportsConvention"] is { } convention && JsFunction.IsHandle(convention) ? options.ModuleFunctions?.Resolve(convention) : null,
            ExportsOnly = Bool(generator, "exportsOnly") ?? options.Output.Environment.Document == false,
            EsModule = Bool(generator, "esModule") ?? true,
        };
    }

    private readonly Dictionary<string, IReadOnlyList<string>> _conventionNames = new(StringComparer.Ordinal);

    /// <summary>The names <paramref name="name"/> is exported as (generator.exportsConvention, a name or a function).</summary>
    public IReadOnlyList<string> ExportNames(string name)
    {
        if (_generator.ExportsConventionFunction is not { } function)
            return CssLocalIdent.ExportNames(name, _generator.ExportsConvention);
        lock (_conventionNames)
        {
            if (_conventionNames.TryGetValue(name, out var known))
                return known;
            var answer = function.Call(JsonValue.Create(name));
            var names = new List<string>();
            if (answer is JsonArray array)
            {
                foreach (var item in array)
                {
                    if (item is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 && !names.Contains(text))
                        names.Add(text);
                }
            }
            else if (answer is JsonValue single && single.TryGetValue<string>(out var text) && text.Length > 0)
            {
                names.Add(text);
            }
            if (names.Count == 0)
                throw new InvalidOperationException($"exportsConvention function must return a non-empty string or an array of non-empty strings, got {answer?.ToJsonString() ?? "undefined"}");
            _conventionNames[name] = names;
            return names;
        }
    }

    /// <inheritdoc />
    public override (int Line, int Column, string? CodeFrame) Locate(int offset) => LocateIn(_text, _lines, offset);

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => _namedExports ? BuildExportsType.Namespace : BuildExportsType.Default;

    /// <inheritdoc />
    /// <remarks>webpack: namedExports (the default) makes an ES module namespace; without, the exports object is the default export ("redirect-warn").</remarks>
    public override ExportsType GetExportsType(bool strict) => _namedExports ? ExportsType.Namespace : strict ? ExportsType.DefaultOnly : ExportsType.DefaultWithNamed;

    /// <inheritdoc />
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) =>
        _generator.EsModule ? null : "Module is not an ECMAScript module";

    /// <inheritdoc />
    /// <remarks>
    /// webpack's CssGenerator in a concatenation: each export a constant of the scope (the
    /// concatenation renames and links them), and a "style" stylesheet queued in
    /// <c>__webpack_css_styles__</c>, which the concatenated module injects once its code has run.
    /// </remarks>
    public override CodeGenerationResult GenerateConcatenated(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        var (others, requirements) = StylesheetOutput(context);
        var code = new StringBuilder();
        // The concatenated module calls __webpack_require__.is: the require scope, no require function.
        if (InjectsStyle)
            requirements |= InjectionCode(code, context, scope) | RuntimeGlobals.RequireScope;
        var declaration = context.Options.Output.Environment.Const ? "const " : "var ";
        var exportsInfo = context.Graph.GetExportsInfo(this);
        var used = new HashSet<string>(StringComparer.Ordinal);
        string Declare(string name, string? usedName)
        {
            var identifier = IdentifierNames.FromText(usedName ?? name);
            if (PropertyNames.IsReserved(identifier))
                identifier = "_" + identifier;
            for (var i = 0; used.Contains(identifier); i++)
                identifier = IdentifierNames.FromText(name + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            used.Add(identifier);
            scope.RegisterExport(name, identifier);
            return identifier;
        }
        if (DefaultExport(context) is { } defaultExport && exportsInfo.GetUsedName("default", runtime) is { } defaultUsed)
            code.Append(declaration).Append(Declare("default", defaultUsed)).Append(" = ").Append(defaultExport).Append(";\n");
        if (_parsed?.Exports is { } exports)
        {
            foreach (var export in exports)
            {
                string? value = null;
                foreach (var name in ExportNames(export.Name))
                {
                    // An export nothing uses is no constant (webpack writes the used ones).
                    if (exportsInfo.GetUsedName(name, runtime) is not { } usedName)
                        continue;
                    value ??= Value(export, context, 0);
                    code.Append(declaration).Append(Declare(name, usedName)).Append(" = ").Append(CodeGenerationContext.JsonString(value)).Append(";\n");
                }
            }
        }
        return new CodeGenerationResult(new RawSource(code.ToString()), requirements) { Strict = true, OtherSources = others };
    }

    // The stylesheet as the module's "css" output, for a module that writes one.
    private (Dictionary<string, Source>? Others, RuntimeGlobals Requirements) StylesheetOutput(CodeGenerationContext context) =>
        WritesStylesheet
            ? (new Dictionary<string, Source>(1, StringComparer.Ordinal) { [CssSourceType] = Stylesheet(context) }, RuntimeGlobals.HasCssModules)
            : (null, RuntimeGlobals.None);

    // webpack's "style" code: the stylesheets this one @imports required first (those outside the
    // concatenation when in one), then its own injected with __webpack_require__.is, or queued in the
    // concatenation's __webpack_css_styles__. A <style> for every such module, one that only @imports included.
    private RuntimeGlobals InjectionCode(StringBuilder code, CodeGenerationContext context, ConcatenationScope? scope)
    {
        var requirements = RuntimeGlobals.CssInjectStyle;
        foreach (var dependency in Dependencies)
        {
            if (dependency is CssImportDependency && context.Graph.GetModule(dependency) is { } imported && scope?.IsModuleInScope(imported) != true)
            {
                code.Append("__webpack_require__(").Append(CodeGenerationContext.IdLiteral(imported.Id)).Append(");\n");
                requirements |= RuntimeGlobals.Require;
            }
        }
        var literal = Literal(OwnSource(context), context);
        var id = CodeGenerationContext.JsonString(Id);
        if (scope is null)
            code.Append("__webpack_require__.is(").Append(id).Append(", ").Append(literal).Append(");\n");
        else
            code.Append(StylesQueue).Append(".push([").Append(id).Append(", ").Append(literal).Append("]);\n");
        return requirements;
    }

    /// <summary>The array a concatenated module queues its "style" stylesheets in, injected once its code has run (webpack's).</summary>
    public const string StylesQueue = "__webpack_css_styles__";

    /// <summary>Whether the module's code injects its CSS in a &lt;style&gt; (exportType "style", not exports only).</summary>
    public bool InjectsStyle => ExportType == "style" && !_generator.ExportsOnly;

    /// <summary>The local identifier of <paramref name="local"/>: escaped for CSS, or as JavaScript exports it.</summary>
    public string LocalIdentifier(string local, SharpackOptions options, bool escape = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = ExportNames(local)[0];
        var identifier = CssLocalIdent.Create(name, ReadableResource(options.Context), Id, ContentHash(options.Output), _generator, options.Output);
        return escape ? CssLocalIdent.Escape(identifier) : identifier;
    }

    private string? _contentHash;

    // webpack's [contenthash] of a local ident: output.hashFunction over the source.
    private string ContentHash(OutputOptions output)
    {
        if (_contentHash is { } known)
            return known;
        var hash = Core.Hashing.Hash.Create(output);
        hash.Append(_text);
        var digest = hash.Digest(output.HashDigest);
        return _contentHash = digest.Length > output.HashDigestLength ? digest[..output.HashDigestLength] : digest;
    }

    /// <summary>The value of export <paramref name="name"/> (as written in the stylesheet), or null when the module has no such export.</summary>
    public string? ExportValue(string name, CodeGenerationContext context) => ExportValue(name, context, 0);

    // Imports may chain through other modules (and loop back): a chain deeper than any real one is cut.
    private string? ExportValue(string name, CodeGenerationContext context, int depth)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_parsed is null || depth > 32)
            return null;
        foreach (var export in _parsed.Exports)
        {
            if (export.Name == name)
                return Value(export, context, depth);
        }
        return null;
    }

    private string Value(CssExport export, CodeGenerationContext context, int depth)
    {
        var builder = new StringBuilder();
        foreach (var part in export.Parts)
        {
            var text = part.Kind switch
            {
                CssEditKind.Local => LocalIdentifier(part.Text, context.Options, escape: false),
                CssEditKind.LocalCustomProperty => "--" + LocalIdentifier(part.Text, context.Options, escape: false),
                CssEditKind.Imported => Imported(part.Index, part.Text, context, depth),
                _ => part.Text,
            };
            if (text is null)
                continue;
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(text);
        }
        return builder.ToString();
    }

    // A name another CSS module exports (composes … from, @value … from).
    private string? Imported(int dependencyIndex, string name, CodeGenerationContext context, int depth)
    {
        if (depth > 32 || _parsed is null || dependencyIndex < 0 || dependencyIndex >= _parsed.Dependencies.Count)
            return null;
        return context.Graph.GetModule(_parsed.Dependencies[dependencyIndex]) is CssModule other ? other.ExportValue(name, context, depth + 1) : null;
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => Generate(context, null);

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (others, requirements) = StylesheetOutput(context);
        // No JavaScript of its own where nothing reads it, or a concatenated module holds it.
        if (JavaScriptConcatenated || (!HasJavaScriptOrigin && ExportType != "style"))
            return new CodeGenerationResult(new RawSource(""), requirements) { Strict = true, OtherSources = others };
        // webpack's generate for javascript: the imports and the injection of a "style" module, then its exports.
        var code = new StringBuilder();
        if (InjectsStyle)
            requirements |= InjectionCode(code, context, null) | RuntimeGlobals.Require;
        var (exportsCode, codeRequirements) = ExportsCode(context, runtime);
        if (exportsCode.Length > 0)
            code.Append(exportsCode).Append('\n');
        var generated = code.ToString();
        return new CodeGenerationResult(UseSourceMap ? MappedJavaScript(generated) : new RawSource(generated), requirements | codeRequirements)
        {
            Strict = true,
            OtherSources = others,
        };
    }

    // webpack's buildExportsSourceMap: with source maps, each export's line of the JavaScript maps to
    // where the CSS defines the name (its source is the stylesheet, named as the module); with no
    // such export, the JavaScript is its own original under the module's name.
    private Source MappedJavaScript(string generated)
    {
        var name = "webpack://" + SourceMapName;
        var exports = _parsed?.Exports;
        if (exports is null || exports.Count == 0)
            return new OriginalSource(generated, name);
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var export in exports)
        {
            if (export.Offset >= 0)
            {
                foreach (var exported in ExportNames(export.Name))
                    offsets.TryAdd(CodeGenerationContext.JsonString(exported), export.Offset);
            }
        }
        if (offsets.Count == 0)
            return new OriginalSource(generated, name);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < _text.Length; i++)
        {
            if (_text[i] == '\n')
                lineStarts.Add(i + 1);
        }
        using var mappings = new MappingsWriter();
        var line = 1;
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var generatedLine in generated.Split('\n'))
        {
            // `\t"<name>": …`, the exports object's lines.
            if (generatedLine.Length > 2 && generatedLine[0] == '\t' && generatedLine[1] == '"' && KeyEnd(generatedLine) is var end and > 0
                && offsets.TryGetValue(generatedLine[1..end], out var offset) && mapped.Add(generatedLine[1..end]))
            {
                var sourceLine = lineStarts.BinarySearch(offset);
                if (sourceLine < 0)
                    sourceLine = ~sourceLine - 1;
                mappings.Add(line, 0, 0, sourceLine + 1, offset - lineStarts[sourceLine], -1);
            }
            line++;
        }
        var map = new SourceMap { Mappings = mappings.ToString(), Sources = [name], SourcesContent = [_text] };
        return new SourceMapSource(generated, name, map);
    }

    // The end (past the closing quote) of the JSON string key a line starts with after its tab, if a colon follows.
    private static int KeyEnd(string line)
    {
        var j = 2;
        while (j < line.Length)
        {
            if (line[j] == '\\')
            {
                j += 2;
                continue;
            }
            if (line[j] == '"')
                break;
            j++;
        }
        return j + 1 < line.Length && line[j + 1] == ':' ? j + 1 : -1;
    }

    // The module's own CSS as text in JavaScript: URLs relative to the output folder (webpack's
    // _renderCss with an empty undo path), wrapped in the layer, conditions and media of its @import
    // (a line of its own where it has no CSS: webpack renders every module).
    private Source OwnSource(CodeGenerationContext context)
    {
        var stylesheet = Stylesheet(context);
        var text = stylesheet.GetText();
        // URLs relative to the output folder (webpack's _renderCss with an empty undo path), with the
        // module's header where output.pathinfo asks (webpack's renderModulePackage).
        var rendered = new ConcatSource(Rendered(stylesheet, text, ""), new RawSource("\n"));
        return context.Options.Output.Pathinfo ? new ConcatSource(new RawSource(Core.CodeGeneration.Comments.ModuleHeader(ReadableIdentifier)), rendered) : rendered;
    }

    /// <summary>
    /// webpack's css-text output: the module's CSS as text (that of the modules it @imports as text
    /// first), URLs relative to the output folder; an HTML page writes it back into its <c>&lt;style&gt;</c>
    /// or <c>style=""</c>.
    /// </summary>
    public string CssText(CodeGenerationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return MergedText(context).GetText();
    }

    // webpack's _generateCssText: the effective @charset, then the modules imported as text and the module's own CSS.
    private ConcatSource MergedText(CodeGenerationContext context)
    {
        var css = new ConcatSource();
        if (EffectiveCharset(context, []) is { } charset)
            css.Add("@charset \"" + charset + "\";\n");
        AddMergedSource(context, [], css);
        return css;
    }

    /// <summary>
    /// webpack's renderModule: <paramref name="stylesheet"/> (whose text is <paramref name="text"/>)
    /// with its URLs made relative by <paramref name="undoPath"/>, wrapped in the media, supports()
    /// and layer of its @import, then in those of the modules that imported it.
    /// </summary>
    internal Source Rendered(Source stylesheet, string text, string undoPath)
    {
        var source = CssModulesPlugin.Wrap(WithUndoPath(stylesheet, text, undoPath), CssLayer, Supports, Media);
        if (Inheritance is { } inheritance)
        {
            foreach (var outer in inheritance)
                source = CssModulesPlugin.Wrap(source, outer.Layer, outer.Supports, outer.Media);
        }
        return source;
    }

    // webpack's _renderMergedCss: the CSS of the modules this one @imports as text (in order), then its own.
    private void AddMergedSource(CodeGenerationContext context, HashSet<CssModule> ancestors, ConcatSource into)
    {
        if (!ancestors.Add(this))
            return;
        foreach (var dependency in Dependencies)
        {
            if (dependency is CssImportDependency && context.Graph.GetModule(dependency) is CssModule { ExportType: "text" or "css-style-sheet" } imported)
                imported.AddMergedSource(context, ancestors, into);
        }
        into.Add(OwnSource(context));
        ancestors.Remove(this);
    }

    // webpack's _cssToJsLiteral: the CSS as a JavaScript string, with its source map inlined where
    // the build makes maps (not for a hidden devtool, whose maps stay out of the output; without
    // the sources' content for a nosources one), its sources named as the devtool names them.
    private string Literal(Source css, CodeGenerationContext context)
    {
        var devtool = context.Options.Devtool;
        if (!UseSourceMap || devtool is null || devtool.Contains("hidden", StringComparison.Ordinal))
            return CodeGenerationContext.JsonString(css.GetText());
        var (text, map) = css.GetSourceAndMap();
        if (map is null)
            return CodeGenerationContext.JsonString(text);
        var named = new SourceMap
        {
            Mappings = map.Mappings,
            Sources = Devtool.SourceMapPaths.DevtoolNames(map.Sources, context),
            SourcesContent = devtool.Contains("nosources", StringComparison.Ordinal) ? null : map.SourcesContent,
            Names = map.Names,
        };
        var base64 = Convert.ToBase64String(named.ToJsonUtf8());
        return CodeGenerationContext.JsonString(text + (text.EndsWith('\n') ? "" : "\n") + "/*# sourceMappingURL=data:application/json;charset=utf-8;base64," + base64 + "*/");
    }

    // webpack's _getEffectiveCharset: the module's @charset, else that of the first module it imports as text.
    private string? EffectiveCharset(CodeGenerationContext context, HashSet<CssModule> visited)
    {
        if (!visited.Add(this))
            return null;
        if (Charset is { } own)
            return own;
        if (ExportType != "text")
            return null;
        foreach (var dependency in Dependencies)
        {
            if (dependency is CssImportDependency && context.Graph.GetModule(dependency) is CssModule { ExportType: "text" or "css-style-sheet" } imported
                && imported.EffectiveCharset(context, visited) is { } inherited)
                return inherited;
        }
        return null;
    }

    // The default export of a "text" or "css-style-sheet" module, as a JavaScript expression.
    private string? DefaultExport(CodeGenerationContext context)
    {
        if (ExportType is not ("text" or "css-style-sheet"))
            return null;
        var literal = Literal(MergedText(context), context);
        if (ExportType == "text")
            return literal;
        var environment = context.Options.Output.Environment;
        var head = environment.ArrowFunction ? "() => {\n" : "function() {\n";
        var declare = environment.Const ? "const" : "var";
        const string Fallback = "{ cssText: css, replaceSync: function(value) { this.cssText = value; } }";
        if (context.Options.Target.IsNode && !context.Options.Target.IsUniversal)
            return "(" + head + declare + " css = " + literal + ";\nreturn " + Fallback + ";\n})()";
        if (context.Options.Target.IsUniversal || context.Options.Output.Environment.Document != true)
            return "(" + head + declare + " css = " + literal + ";\nif (typeof CSSStyleSheet === 'undefined') return " + Fallback + ";\n" + declare
                + " sheet = new CSSStyleSheet();\nsheet.replaceSync(css);\nreturn sheet;\n})()";
        return "(" + head + declare + " sheet = new CSSStyleSheet();\nsheet.replaceSync(" + literal + ");\nreturn sheet;\n})()";
    }

    // webpack's generateExportCode: the exports object of a CSS module; nothing for plain CSS.
    private (string Code, RuntimeGlobals Requirements) ExportsCode(CodeGenerationContext context, RuntimeSpec? runtime)
    {
        var exports = _parsed?.Exports;
        var defaultExport = DefaultExport(context);
        if ((exports is null || exports.Count == 0) && !IsCssModule && defaultExport is null)
            return ("", RuntimeGlobals.None);
        var exportsInfo = context.Graph.GetExportsInfo(this);
        var needNamespace = _generator.EsModule && exportsInfo.OtherExportsInfo.GetUsed(runtime) != UsageState.Unused;
        var builder = new StringBuilder();
        if (needNamespace)
            builder.Append("__webpack_require__.r(");
        builder.Append("module.exports = {\n");
        var first = true;
        if (defaultExport is not null && exportsInfo.GetUsedName("default", runtime) is { } defaultName)
        {
            builder.Append('\t').Append(CodeGenerationContext.JsonString(defaultName)).Append(": ").Append(defaultExport);
            first = false;
        }
        if (exports is not null)
        {
            foreach (var export in exports)
            {
                var value = Value(export, context, 0);
                foreach (var name in ExportNames(export.Name))
                {
                    var used = exportsInfo.GetUsedName(name, runtime);
                    if (used is null && exportsInfo.OtherExportsInfo.GetUsed(runtime) == UsageState.Unused && exportsInfo.GetUsed(name, runtime) == UsageState.Unused)
                        continue;
                    if (!first)
                        builder.Append(",\n");
                    first = false;
                    builder.Append('\t').Append(CodeGenerationContext.JsonString(used ?? name)).Append(": ").Append(CodeGenerationContext.JsonString(value));
                }
            }
        }
        builder.Append("\n}").Append(needNamespace ? ");" : ";");
        return (builder.ToString(), RuntimeGlobals.Module | (needNamespace ? RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.Require : RuntimeGlobals.None));
    }

    /// <summary><paramref name="stylesheet"/> (whose text is <paramref name="text"/>) with the <see cref="PublicPathAuto"/> placeholders made <paramref name="undoPath"/>.</summary>
    private static Source WithUndoPath(Source stylesheet, string text, string undoPath)
    {
        if (!text.Contains(PublicPathAuto, StringComparison.Ordinal))
            return stylesheet;
        var replace = new ReplaceSource(stylesheet);
        for (var at = text.IndexOf(PublicPathAuto, StringComparison.Ordinal); at >= 0; at = text.IndexOf(PublicPathAuto, at + 1, StringComparison.Ordinal))
            replace.Replace(at, at + PublicPathAuto.Length - 1, undoPath);
        return replace;
    }

    /// <summary>The placeholder for <c>output.publicPath: "auto"</c> in a stylesheet: the way back from the CSS file to the output folder, known when the file is named.</summary>
    public const string PublicPathAuto = Assets.AssetUrls.PublicPathAuto;

    // The stylesheet: the source with the parser's edits.
    private Source Stylesheet(CodeGenerationContext context)
    {
        Source original = UseSourceMap ? OriginalText(context.Options.Context) : new RawSource(_text);
        if (_parsed is null || _parsed.Edits.Count == 0)
            return original;
        var source = new ReplaceSource(original);
        foreach (var edit in _parsed.Edits)
        {
            var text = edit.Kind switch
            {
                CssEditKind.Remove => "",
                CssEditKind.Text => edit.Text!,
                CssEditKind.Local => LocalIdentifier(edit.Text!, context.Options),
                CssEditKind.LocalCustomProperty => "--" + LocalIdentifier(edit.Text!, context.Options),
                CssEditKind.Url => Url(edit, context),
                CssEditKind.Imported => Imported(edit.Index, edit.Text!, context, 0) ?? edit.Text!,
                // var(--x from "./vars.css"): the custom property's name in that module (as written where it is no CSS module).
                CssEditKind.ImportedCustomProperty => "--" + (context.Graph.GetModule(_parsed.Dependencies[edit.Index]) is CssModule { IsCssModule: true } owner
                    ? owner.LocalIdentifier(edit.Text!, context.Options)
                    : edit.Text!),
                _ => "",
            };
            source.Replace(edit.Start, edit.End - 1, text);
        }
        return source;
    }

    // As a JavaScript module's: the text under webpack://<readable name>, or with the loaders' map.
    private Source OriginalText(string context) =>
        Devtool.SourceMapPaths.ModuleSource(_text, "webpack://" + SourceMapName, LoaderSourceMap, context);

    // webpack's CssUrlDependency template: the asset's URL (public path and file, or a data: URL), escaped.
    private string Url(CssEdit edit, CodeGenerationContext context)
    {
        var dependency = (CssUrlDependency)_parsed!.Dependencies[edit.Index];
        var url = Assets.AssetUrls.Of(context.Graph.GetModule(dependency), context.Options, stylesheet: true);
        var escaped = CssUrlDependency.Escape(url);
        return dependency.Kind == CssUrlKind.Url ? "url(" + escaped + ")" : escaped;
    }
}
