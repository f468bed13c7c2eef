// The printer's output must parse back to the same program: every test262 pass/ file and every
// file of the real-world libraries in tests/fixtures/node_modules is parsed, printed, parsed again,
// and the two trees compared (ESTree without ranges and raw spellings, as the Test262 tests
// normalize them). The printed text must also be no longer than the source's.

using System.Text.Json.Nodes;
using Sharpack.JavaScript.Printing;
using Sharpack.JavaScript.Tests.Support;
using Sharpack.JavaScript.Tests.Test262;
using Xunit.Abstractions;

namespace Sharpack.JavaScript.Tests.Printing;

public sealed class PrinterRoundTripTests(ITestOutputHelper output)
{
    // The same real-world libraries the parser is compared with acorn on.
    public static TheoryData<string> Libraries => Estree.AcornEquivalenceTests.Libraries;

    [Fact]
    public void Test262_pass_files_print_to_the_same_program()
    {
        var pass = Path.Combine(RepoPaths.Package("test262-parser-tests"), "pass");
        Check(Directory.GetFiles(pass, "*.js"), static file => file.Contains(".module.js", StringComparison.Ordinal) ? SourceType.Module : SourceType.Script);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_files_print_to_the_same_program(string corpus)
    {
        var path = Path.Combine(RepoPaths.Fixtures, "node_modules", corpus);
        var files = File.Exists(path) ? [path] : Directory.GetFiles(RepoPaths.Package(corpus), "*.*js", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".mjs", StringComparison.Ordinal) || f.EndsWith(".cjs", StringComparison.Ordinal))
            .ToArray();
        Check(files, null);
    }

    private void Check(string[] files, Func<string, SourceType>? goalOf)
    {
        Assert.NotEmpty(files);
        var failures = new Failures();
        long sourceChars = 0, printedChars = 0;
        var checkedFiles = 0;
        Parallel.ForEach(files, file =>
        {
            var source = File.ReadAllText(file);
            var options = new ParseOptions { SourceType = goalOf?.Invoke(file) ?? SourceType.Module, FileName = file };
            var parse = goalOf is null ? JavaScriptParser.ParseDetectingGoal(source, options) : JavaScriptParser.Parse(source, options);
            if (parse.Program is null)
                return; // not a program of this goal (the parser tests cover rejections)
            var goal = parse.Program.IsModule ? SourceType.Module : SourceType.Script;
            string printed;
            try
            {
                printed = JsPrinter.Print(parse);
            }
            catch (Exception exception)
            {
                failures.Add($"{file}: printing threw {exception.GetType().Name}: {exception.Message}");
                return;
            }
            var again = JavaScriptParser.Parse(printed, new ParseOptions { SourceType = goal, FileName = file });
            if (again.Program is null)
            {
                failures.Add($"{file}: the printed program does not parse: {again.Error!.Message} near «{Around(printed, again.Error.Offset)}»");
                return;
            }
            var expected = Normalized(parse.Program, source);
            var actual = Normalized(again.Program, printed);
            if (expected != actual)
            {
                failures.Add($"{file}: the printed program differs at {FirstDifference(expected, actual)}");
                return;
            }
            Interlocked.Add(ref sourceChars, source.Length);
            Interlocked.Add(ref printedChars, printed.Length);
            Interlocked.Increment(ref checkedFiles);
        });
        output.WriteLine($"{files.Length} files, {checkedFiles} printed to the same program, {failures.Count} failed; {sourceChars} source chars, {printedChars} printed");
        failures.ThrowIfAny($"of {files.Length} files failed");
        Assert.True(printedChars <= sourceChars, $"printed {printedChars} chars from {sourceChars}");
    }

    // The printer drops empty statements and spells keys as names or numbers where it can.
    private static string Normalized(Ast.Program program, string source)
    {
        var json = JsonNode.Parse(Test262ParserTests.NormalizedTree(program, source), documentOptions: DeepJson.Document)!;
        Normalize(json);
        return json.ToJsonString(DeepJson.Serializer);
    }

    private static void Normalize(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            for (var i = array.Count - 1; i >= 0; i--)
            {
                if (array[i] is JsonObject { } item && (string?)item["type"] == "EmptyStatement")
                    array.RemoveAt(i);
                else
                    Normalize(array[i]);
            }
        }
        else if (node is JsonObject obj)
        {
            foreach (var (_, value) in obj)
                Normalize(value);
            if ((string?)obj["type"] is "Property" or "MethodDefinition" or "PropertyDefinition" && obj["computed"]?.GetValue<bool>() == false
                && obj["key"] is JsonObject key && (string?)key["type"] is "Identifier" or "Literal")
            {
                // A number too large for JSON (1e400) is written as null: its key is "Infinity".
                var name = key["name"] ?? key["value"];
                obj["key"] = new JsonObject { ["type"] = "Key", ["name"] = name is null ? "Infinity" : name.ToJsonString().Trim('"') };
            }
        }
    }

    private static string Around(string text, int position)
    {
        var start = Math.Max(0, position - 40);
        return text.Substring(start, Math.Min(text.Length, position + 40) - start);
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        var start = Math.Max(0, i - 80);
        return $"…{a.Substring(start, Math.Min(a.Length, i + 80) - start)}… vs …{b.Substring(start, Math.Min(b.Length, i + 80) - start)}…";
    }
}
