// Follows webpack lib/html/HtmlModule.js, HtmlParser.js and HtmlGenerator.js: a module of type
// `html`. Building parses the page as a browser would without scripting (Sharpack.Html) and walks
// it for the URLs it names (HtmlModuleParser); code generation writes the author's source with each
// URL replaced by its asset's, as a string: `module.exports = "<html>…"`, the default export of an
// `import page from "./page.html"` (a constant when the module is concatenated).

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.Html;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Sources;

namespace Sharpack.Plugins.Html;

/// <summary>An HTML module.</summary>
public sealed class HtmlModule(string identifier, string resource) : NormalModule(identifier, resource, TypeName)
{
    /// <summary>The module type.</summary>
    public const string TypeName = "html";

    /// <summary>The source type of the page's own file (an extracted page).</summary>
    public const string HtmlSourceType = "html";

    private static readonly string[] s_javaScript = ["javascript"];
    private static readonly string[] s_javaScriptAndHtml = ["javascript", HtmlSourceType];

    private string _text = "";
    private LineTable? _lines;
    private HtmlParseResult? _parsed;
    private long _size = -1;

    /// <inheritdoc />
    public override long Size => _size >= 0 ? _size : _size = Encoding.UTF8.GetByteCount(_text);

    /// <summary>
    /// <c>module.generator.html.extract</c>: true or false, <c>"inline"</c> (the page is written back into
    /// the page holding it, never a file), or null (a file when the module is an entry).
    /// </summary>
    public string? Extract { get; private set; }

    /// <inheritdoc />
    public override int CodeGenerationStateHash() => Extracted ? 1 : 0;

    /// <summary>Whether the page is written as a file of its own (webpack's _shouldExtract; set when the compilation seals).</summary>
    public bool Extracted { get; internal set; }

    /// <summary>Whether the page's HTML is an output of its own (extracted, or written back inline).</summary>
    public bool ExposesHtml => Extracted || Extract == "inline";

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes => ExposesHtml ? s_javaScriptAndHtml : s_javaScript;

    /// <inheritdoc />
    /// <remarks>Concatenated, an extracted page stays in its chunks for its file.</remarks>
    public override bool StaysInChunksWhenConcatenated => ExposesHtml;

    /// <summary>The entries the page asks for (its scripts, stylesheets, preloads), in its order.</summary>
    internal IReadOnlyList<HtmlEntryRequest> EntryRequests => _parsed?.Entries ?? [];

    /// <summary>The <c>../</c>s that undo the page's relative <c>&lt;base href&gt;</c> before each URL it writes, or null.</summary>
    public string? BaseUrlPrefix => _parsed?.BaseUrlPrefix;

    /// <inheritdoc />
    /// <remarks>webpack's HtmlGenerator.getSize: the page, and <c>module.exports=</c> for its JavaScript.</remarks>
    public override double GetSize(string sourceType) => sourceType == HtmlSourceType ? Size : Size + 10;

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ReadSource(context, out var diagnostics) is not { } text)
            return diagnostics;
        _text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        _size = -1;
        // Read once: SourceTypes asks for it whenever chunks are rendered and sized.
        Extract = GeneratorOptions?["extract"] is System.Text.Json.Nodes.JsonValue value
            ? value.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.True => "true",
                System.Text.Json.JsonValueKind.False => "false",
                System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
                _ => null,
            }
            : null;
        _lines = new LineTable(_text);
        var options = context.Options;
        var parserOptions = HtmlParserOptions.Read(RawParserOptions, options.ModuleFunctions, out var optionsError);
        if (optionsError is not null)
            return [.. diagnostics, new BuildDiagnostic("Module build failed: " + optionsError, ReadableName)];
        if (parserOptions.Template is { } template)
        {
            var templated = new List<BuildDiagnostic>(diagnostics);
            if (ApplyTemplate(template, templated) is not { } transformed)
                return templated;
            diagnostics = templated;
            _text = transformed;
            _lines = new LineTable(_text);
        }
        // webpack parses with scripting off, as a build tool runs no script (<noscript> holds markup).
        var parse = new HtmlParseOptions { Scripting = false };
        var document = parserOptions.FragmentContext is { } fragment
            ? HtmlParser.ParseFragment(_text, fragment, parserOptions.FragmentNamespace, parse)
            : HtmlParser.Parse(_text, parse);
        // webpack names a page's entries from the hash of its path relative to the context.
        var prefix = "__html_" + Core.Hashing.Hash.ShortHex(options.Output, RequestShortener.FullModuleName(Resource, options.Context), 8) + "_";
        var parsed = HtmlModuleParser.Parse(document, _text, parserOptions.Sources, new HtmlWalkOptions(options.CssBuiltIn, options.Output.Module, prefix));
        _parsed = parsed;
        Dependencies.AddRange(parsed.Dependencies);
        Dependencies.Add(new StaticExportsDependency(["default"], canMangle: true));
        ProvidedExports = ["default"];
        if (parsed.Problems.Count == 0)
            return diagnostics;
        var all = new List<BuildDiagnostic>(diagnostics);
        foreach (var problem in parsed.Problems)
            all.Add(DiagnosticAt(problem.Start, problem.End, problem.Message, problem.IsWarning));
        return all;
    }

    // webpack's applyTemplate: module.parser.html.template(source, { module, resource, addDependency, …,
    // emitWarning, emitError }) gives the source that is parsed and written; it must return a string.
    private string? ApplyTemplate(Core.Options.JsFunction template, List<BuildDiagnostic> diagnostics)
    {
        var calls = new System.Text.Json.Nodes.JsonArray();
        foreach (var name in (ReadOnlySpan<string>)["addDependency", "addContextDependency", "addMissingDependency", "addBuildDependency", "emitWarning", "emitError"])
            calls.Add((System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(name));
        var templateContext = new System.Text.Json.Nodes.JsonObject
        {
            ["module"] = new System.Text.Json.Nodes.JsonObject { ["identifier"] = Identifier, ["resource"] = Resource, ["type"] = Type },
            ["resource"] = Resource,
            ["$record"] = calls,
        };
        System.Text.Json.Nodes.JsonNode? result;
        System.Text.Json.Nodes.JsonArray arguments;
        try
        {
            (result, arguments) = template.CallAndReadBack(System.Text.Json.Nodes.JsonValue.Create(_text), templateContext);
        }
        catch (Core.Options.JsFunctionException e)
        {
            diagnostics.Add(new BuildDiagnostic("Module build failed: " + e.Describe(), ReadableName));
            return null;
        }
        if (arguments.Count > 1 && arguments[1]?["$recorded"] is System.Text.Json.Nodes.JsonArray recorded)
        {
            foreach (var call in recorded)
            {
                if (call is not System.Text.Json.Nodes.JsonArray { Count: >= 2 } entry || entry[0]?.GetValue<string>() is not { } name || entry[1]?.GetValue<string>() is not { } value)
                    continue;
                switch (name)
                {
                    case "addDependency": BuildInfo.AddFileDependency(value); break;
                    case "addContextDependency": BuildInfo.AddContextDependency(value); break;
                    case "addMissingDependency": BuildInfo.AddMissingDependency(value); break;
                    case "addBuildDependency": BuildInfo.AddBuildDependency(value); break;
                    case "emitWarning": diagnostics.Add(new BuildDiagnostic(value, ReadableName) { IsWarning = true }); break;
                    case "emitError": diagnostics.Add(new BuildDiagnostic(value, ReadableName)); break;
                }
            }
        }
        if (result is System.Text.Json.Nodes.JsonValue text && text.TryGetValue<string>(out var transformed))
            return transformed;
        diagnostics.Add(new BuildDiagnostic("Module build failed: Error: The `template` html parser option must return a string.", ReadableName));
        return null;
    }

    /// <inheritdoc />
    public override (int Line, int Column, string? CodeFrame) Locate(int offset) => LocateIn(_text, _lines, offset);

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => BuildExportsType.Default;

    /// <inheritdoc />
    /// <remarks>webpack: exportsType "default" without a defaultObject: the string is the default export only.</remarks>
    public override ExportsType GetExportsType(bool strict) => ExportsType.DefaultOnly;

    /// <inheritdoc />
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) => null;

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => Generate(context, null);

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime)
    {
        ArgumentNullException.ThrowIfNull(context);
        var html = Render(context);
        var code = "module.exports = " + CodeGenerationContext.JsonString(Exported(html)) + ";";
        return new CodeGenerationResult(new RawSource(code), RuntimeGlobals.Module) { Strict = true, OtherSources = PageOutput(html) };
    }

    /// <inheritdoc />
    public override CodeGenerationResult GenerateConcatenated(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        scope.RegisterNamespaceExport(ConcatenationScope.NamespaceObjectExport);
        var declaration = context.Options.Output.Environment.Const ? "const " : "var ";
        var code = declaration + ConcatenationScope.NamespaceObjectExport + " = " + CodeGenerationContext.JsonString(Exported(Render(context))) + ";";
        return new CodeGenerationResult(new RawSource(code), RuntimeGlobals.None) { Strict = true };
    }

    // The page as its own file, chunk URLs and the auto public path still placeholders (the
    // page's file, named later, knows them).
    private Dictionary<string, Source>? PageOutput(string html) =>
        ExposesHtml ? new Dictionary<string, Source>(1, StringComparer.Ordinal) { [HtmlSourceType] = new RawSource(html) } : null;

    // The page as JavaScript holds it: URLs relative to the output folder (an auto public path
    // is nothing, after the `../`s that undo a relative <base>).
    private string Exported(string html) =>
        html.Contains(Assets.AssetUrls.PublicPathAuto, StringComparison.Ordinal)
            ? html.Replace(Assets.AssetUrls.PublicPathAuto, BaseUrlPrefix ?? "", StringComparison.Ordinal)
            : html;

    // webpack's _renderHtml: the dependency templates over the author's source, the asset URLs
    // first, then the presentational ones; the edits apply in source order (webpack's ReplaceSource:
    // by start, an insertion before a replacement there, then in the order they were made).
    internal string Render(CodeGenerationContext context)
    {
        if (_parsed is null || (_parsed.Dependencies.Count == 0 && _parsed.Presentational.Count == 0))
            return _text;
        var edits = new List<HtmlTextEdit>(_parsed.Dependencies.Count + _parsed.Presentational.Count);
        foreach (var dependency in _parsed.Dependencies)
        {
            var text = dependency switch
            {
                HtmlInlineStyleDependency style => style.Text(context),
                HtmlInlineHtmlDependency document => document.Text(context),
                _ => Assets.AssetUrls.Of(context.Graph.GetModule(dependency), context.Options),
            };
            edits.Add(new HtmlTextEdit(dependency.Start, dependency.End, text));
        }
        foreach (var item in _parsed.Presentational)
        {
            switch (item)
            {
                case HtmlTextEdit edit:
                    edits.Add(edit);
                    break;
                case HtmlEntryTag tag:
                    HtmlEntryTags.Apply(tag, _text, edits, context);
                    break;
                case HtmlInlineScript script:
                    var url = context.ChunkGraph?.GetEntrypoint(script.EntryName)?.EntrypointChunk is { } chunk ? HtmlSentinels.ChunkUrl(chunk, css: false) : "data:,";
                    edits.Add(new HtmlTextEdit(script.NameEnd, script.NameEnd, " src=\"" + url + "\"", Insert: true));
                    edits.Add(new HtmlTextEdit(script.BodyStart, script.BodyEnd, ""));
                    break;
            }
        }
        var order = new int[edits.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var x = edits[a];
            var y = edits[b];
            if (x.Start != y.Start)
                return x.Start.CompareTo(y.Start);
            var xEnd = x.Insert ? x.Start - 1 : x.End - 1;
            var yEnd = y.Insert ? y.Start - 1 : y.End - 1;
            return xEnd != yEnd ? xEnd.CompareTo(yEnd) : a.CompareTo(b);
        });
        var builder = new StringBuilder(_text.Length + 64);
        var at = 0;
        foreach (var index in order)
        {
            var edit = edits[index];
            if (edit.Start > at)
            {
                builder.Append(_text, at, edit.Start - at);
                at = edit.Start;
            }
            builder.Append(edit.Text);
            if (!edit.Insert && edit.End > at)
                at = edit.End;
        }
        return builder.Append(_text, at, _text.Length - at).ToString();
    }
}
