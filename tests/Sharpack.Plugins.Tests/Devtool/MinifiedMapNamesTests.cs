// A minified production build's source map through concatenation and the minifier: every
// identifier of the output that the map gives a name maps to a place in the original module where
// that very name is written (a renamed local leads back to its source name), and the build runs.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.Sources;
using Xunit;

namespace Sharpack.Plugins.Tests.Devtool;

public sealed class MinifiedMapNamesTests : IDisposable
{
    private readonly TempProject _project = new("sharpack-map-names-");

    public MinifiedMapNamesTests()
    {
        _project.Write("index.js", """
            import { describeShape, areaOf } from "./shapes.js";
            import { formatNumber, Ledger } from "./format.js";
            const shapes = [{ kind: "circle", radius: 2 }, { kind: "square", side: 3 }];
            const ledger = new Ledger("areas");
            for (const shape of shapes) {
              const measuredArea = areaOf(shape);
              ledger.record(measuredArea);
              console.log(describeShape(shape.kind, formatNumber(measuredArea)));
            }
            console.log(ledger.summary());
            """);
        _project.Write("shapes.js", """
            export function areaOf(shape) {
              switch (shape.kind) {
                case "circle": return Math.PI * shape.radius * shape.radius;
                case "square": return shape.side * shape.side;
                default: throw new Error("unknown shape " + shape.kind);
              }
            }
            export function describeShape(shapeName, measuredArea) {
              const description = `${shapeName} of area ${measuredArea}`;
              return description;
            }
            """);
        _project.Write("format.js", """
            const fractionDigits = 3;
            export function formatNumber(value) {
              const rounded = value.toFixed(fractionDigits);
              return rounded;
            }
            export class Ledger {
              constructor(title) { this.title = title; this.entries = []; }
              record(amount) { this.entries.push(amount); }
              summary() {
                let runningTotal = 0;
                for (const entry of this.entries) runningTotal += entry;
                return `${this.title}: ${formatNumber(runningTotal)}`;
              }
            }
            """);
    }

    public void Dispose() => _project.Dispose();

    private sealed class Identifiers : AstVisitor
    {
        public List<Identifier> Found { get; } = [];

        public override void Visit(Node node)
        {
            if (node is Identifier identifier)
                Found.Add(identifier);
            base.Visit(node);
        }
    }

    // A minified production build with a source map, run in node; returns what it printed.
    private static string BuildAndRun(TempProject project)
    {
        var config = JsonNode.Parse("""{ "mode": "production", "devtool": "source-map", "target": "node", "entry": "./index.js" }""");
        var options = OptionsNormalizer.Normalize(config, new OptionsOverrides(), project.Root);
        Assert.True(options.Success, options.Success ? "" : options.FormatErrors());
        Assert.Empty(SharpackPlugins.CreateCompiler(options.Options!).Run().Errors);
        var (exit, output) = TestPaths.RunNode(Path.Combine(project.Root, "dist"), "main.js");
        Assert.True(exit == 0, output);
        return output;
    }

    [Fact]
    public void Every_name_the_map_gives_is_the_name_written_at_its_original_position()
    {
        Assert.Equal("circle of area 12.566\nsquare of area 9.000\nareas: 21.566\n", BuildAndRun(_project));

        var code = _project.ReadOutput("main.js");
        var map = SourceMap.Parse(_project.ReadOutput("main.js.map"));
        var parse = JavaScriptParser.Parse(code, new ParseOptions { SourceType = SourceType.Script });
        Assert.NotNull(parse.Program);
        var identifiers = new Identifiers();
        identifiers.Visit(parse.Program!);
        var lines = new LineTable(code);
        var named = 0;
        var wrong = new List<string>();
        foreach (var identifier in identifiers.Found)
        {
            var (line, column) = lines.GetLineColumn(identifier.Start);
            if (map.OriginalPositionFor(line, column - 1) is not { Name: { } name, Source: { } source } position)
                continue;
            named++;
            var index = map.Sources.ToList().IndexOf(source);
            var original = index >= 0 && map.SourcesContent is { } contents && index < contents.Count ? contents[index] : null;
            Assert.NotNull(original);
            var originalLine = original!.Split('\n')[position.Line - 1];
            var written = originalLine.AsSpan(position.Column);
            if (!written.StartsWith(name, StringComparison.Ordinal) || (written.Length > name.Length && (char.IsLetterOrDigit(written[name.Length]) || written[name.Length] is '_' or '$')))
                wrong.Add($"{identifier.Name} → {name} at {source}:{position.Line}:{position.Column}: {originalLine.Trim()}");
        }
        Assert.True(named >= 10, $"only {named} identifiers carry names");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    // Words a mapping may point at for an identifier the build wrote (a statement's start).
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "export", "import", "default", "function", "class", "const", "let", "var", "for", "break", "continue", "return", "new", "this",
    };

    [Fact]
    public void An_identifier_the_concatenation_renamed_maps_to_its_own_name()
    {
        // An aliased import (linked to the exported name), and two modules' top-level `label`
        // (one renamed by the concatenation): each output identifier mapped to a name in the
        // source carries that name, even where the bundle wrote another.
        using var project = new TempProject("sharpack-map-renames-");
        project.Write("index.js", """
            import { Shape as BaseShape, label as shapeLabel } from "./shape.js";
            const label = "index";
            class Circle extends BaseShape {
              constructor(radius) { super("circle"); this.radius = radius; }
              area() { return Math.PI * this.radius * this.radius; }
            }
            const circle = new Circle(2);
            console.log(label, shapeLabel(circle), circle.area().toFixed(2));
            """);
        project.Write("shape.js", """
            const labelPrefix = "shape";
            export class Shape {
              constructor(kind) { this.kind = kind; }
            }
            const label = (shape) => `${labelPrefix}:${shape.kind}`;
            export { label };
            """);
        Assert.Equal("index shape:circle 12.57\n", BuildAndRun(project));

        var code = project.ReadOutput("main.js");
        var map = SourceMap.Parse(project.ReadOutput("main.js.map"));
        Assert.Contains("BaseShape", map.Names);
        var parse = JavaScriptParser.Parse(code, new ParseOptions { SourceType = SourceType.Script });
        var identifiers = new Identifiers();
        identifiers.Visit(parse.Program!);
        var lines = new LineTable(code);
        var wrong = new List<string>();
        var checkedWords = 0;
        foreach (var identifier in identifiers.Found)
        {
            var (line, column) = lines.GetLineColumn(identifier.Start);
            if (map.OriginalPositionFor(line, column - 1) is not { Source: { } source } position)
                continue;
            var index = map.Sources.ToList().IndexOf(source);
            var originalLine = map.SourcesContent![index]!.Split('\n')[position.Line - 1];
            var end = position.Column;
            while (end < originalLine.Length && (char.IsLetterOrDigit(originalLine[end]) || originalLine[end] is '_' or '$'))
                end++;
            var word = originalLine[position.Column..end];
            if (word.Length == 0 || char.IsDigit(word[0]) || s_keywords.Contains(word))
                continue;
            checkedWords++;
            var name = position.Name ?? identifier.Name;
            if (name != word)
                wrong.Add($"{identifier.Name} (named {position.Name ?? "-"}) → '{word}' at {source}:{position.Line}:{position.Column}");
        }
        Assert.True(checkedWords >= 10, $"only {checkedWords} identifiers checked");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
