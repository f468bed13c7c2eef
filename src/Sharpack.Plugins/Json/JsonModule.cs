// Follows webpack lib/json/JsonParser.js and JsonGenerator.js: a JSON file is a module whose
// exports are the parsed value (default import: the whole value; named imports: its top-level
// keys).

using System.Text;
using System.Text.Json;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.Sources;

namespace Sharpack.Plugins.Json;

/// <summary>A <c>json</c> module.</summary>
public sealed class JsonModule(string identifier, string resource) : NormalModule(identifier, resource, "json")
{
    // webpack parses JSON with JSON.parse; 512 levels of nesting is the depth it is held to here
    // (System.Text.Json stops at 64 by default), and deeper input is an error, not a crash.
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 512 };

    private string _text = "";

    // The value as JSON.stringify writes it, and whether it is an object (or array, or null).
    private string _json = "null";
    private bool _isObject;

    /// <inheritdoc />
    // PERF: counted once (stats ask for every module's size twice: 27 MB of text on three.js x10).
    public override long Size => _size >= 0 ? _size : _size = Encoding.UTF8.GetByteCount(_text);

    private long _size = -1;

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        if (ReadSource(context, out var loaderDiagnostics) is not { } text)
            return loaderDiagnostics;
        _text = text.TrimStart('\uFEFF');
        _size = -1;
        try
        {
            using var document = JsonDocument.Parse(_text, s_options);
            // The value as JSON.stringify writes it (webpack's parser keeps the parsed data for the generator).
            _json = JsonStringify.Of(document.RootElement);
            _isObject = document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null;
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var names = new List<string>();
                foreach (var property in document.RootElement.EnumerateObject()) names.Add(property.Name);
                ProvidedExports = names;
            }
            Dependencies.Add(new JsonExportsDependency(JsonExportsDependency.FromValue(document.RootElement, ExportsDepth(context))));
        }
        catch (JsonException e)
        {
            var lines = new LineTable(_text);
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var offset = line <= lines.LineCount ? Math.Min(lines.GetLineStart(line) + column - 1, _text.Length) : _text.Length;
            var failed = new BuildDiagnostic("Module parse failed: Unexpected token in JSON: " + e.Message + ProcessedWithLoaders(), ReadableName, line, column, CodeFrame.Format(_text, lines, offset));
            return loaderDiagnostics.Count == 0 ? [failed] : [.. loaderDiagnostics, failed];
        }
        return loaderDiagnostics;
    }

    // module.parser.json.exportsDepth: how many levels of the value are exports (webpack's default:
    // 1 in development, every level otherwise).
    private int ExportsDepth(BuildContext context)
    {
        if (Sharpack.Core.Options.ConfigNumbers.Value(RawParserOptions?["exportsDepth"]) is { } depth)
            return depth >= int.MaxValue ? int.MaxValue : (int)Math.Max(0, Math.Floor(depth));
        return context.Options.Mode == Sharpack.Core.Options.BuildMode.Development ? 1 : int.MaxValue;
    }

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => BuildExportsType.Default;

    /// <inheritdoc />
    /// <remarks>
    /// webpack's defaultObject: for an object (or array, or null) "redirect-warn" (named exports
    /// outside strict ES modules), "redirect" with <c>parser.json.namedExports: true</c> (always),
    /// none with <c>false</c> (and for a primitive, whose properties are no exports).
    /// </remarks>
    public override ExportsType GetExportsType(bool strict) => !_isObject ? ExportsType.DefaultOnly : NamedExports switch
    {
        true => ExportsType.DefaultWithNamed,
        false => ExportsType.DefaultOnly,
        null => strict ? ExportsType.DefaultOnly : ExportsType.DefaultWithNamed,
    };

    // module.parser.json.namedExports (null: not set).
    private bool? NamedExports => RawParserOptions?["namedExports"] is System.Text.Json.Nodes.JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
        ? value.GetValueKind() == JsonValueKind.True : null;

    /// <summary>
    /// Follows webpack's JsonGenerator: the value as JSON.stringify writes it, inside
    /// <c>JSON.parse('…')</c> for an object or array of more than 20 characters (parsing JSON is
    /// faster than evaluating a literal) unless the generator's JSONParse is false; as a literal,
    /// a "__proto__" key is written ["__proto__"] so it stays a property.
    /// </summary>
    public override CodeGenerationResult Generate(CodeGenerationContext context) => Generate(context, null);

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(new RawSource("module.exports = " + Expression(context, runtime) + ";"), RuntimeGlobals.Module) { Strict = true };
    }

    /// <inheritdoc />
    /// <remarks>webpack's JsonGenerator: JSON merges into a concatenated module as a constant.</remarks>
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) => null;

    /// <inheritdoc />
    public override CodeGenerationResult GenerateConcatenated(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        scope.RegisterNamespaceExport(ConcatenationScope.NamespaceObjectExport);
        var declaration = context.Options.Output.Environment.Const ? "const " : "var ";
        return new CodeGenerationResult(new RawSource(declaration + ConcatenationScope.NamespaceObjectExport + " = " + Expression(context, runtime) + ";"), RuntimeGlobals.None) { Strict = true };
    }

    private string Expression(CodeGenerationContext context, RuntimeSpec? runtime)
    {
        var json = _json;
        // Only what is used, under the used names, once every unlisted export is known unused (usedExports on).
        if (_isObject && json != "null" && context.Graph.GetExportsInfo(this) is var exportsInfo
            && exportsInfo.OtherExportsInfo.GetUsed(runtime) == UsageState.Unused)
        {
            using var document = JsonDocument.Parse(json, s_options);
            json = JsonStringify.Reduced(document.RootElement, exportsInfo, runtime);
        }
        var jsonParse = GeneratorOptions?["JSONParse"] is not { } option || option.GetValueKind() != JsonValueKind.False;
        return jsonParse && json.Length > 20 && _isObject
            ? "/*#__PURE__*/JSON.parse('" + json.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "')"
            : json.Replace("\"__proto__\":", "[\"__proto__\"]:", StringComparison.Ordinal);
    }
}
