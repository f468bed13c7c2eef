// Real CSS (bootstrap, normalize.css, animate.css, font-awesome and component libraries; see
// Corpus/css-corpus.txt): the tokens equal those of the reference CSS Syntax Level 3 tokenizer
// (@csstools/css-tokenizer, through Corpus/compare-tokens.mjs), and each file parses, prints, and
// parses again to the same tree.

using System.Globalization;
using System.Text;
using System.Text.Json;
using Sharpack.Css.Tests.Support;
using Sharpack.Tests;
using Xunit.Abstractions;

namespace Sharpack.Css.Tests;

public sealed class CssCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Tokens_equal_the_reference_tokenizers()
    {
        var files = CssCorpus.Files();
        Assert.True(files.Count >= 10, $"{files.Count} corpus files");
        var jsonl = Path.Combine(Path.GetTempPath(), $"sharpack-css-tokens-{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var writer = new StreamWriter(jsonl, append: false, new UTF8Encoding(false)))
            {
                foreach (var (name, path) in files)
                    writer.WriteLine(TokensLine(name, path));
            }
            var (exitCode, stdout, stderr) = TestRepository.Node(CssCorpus.Folder, TimeSpan.FromMinutes(10), "compare-tokens.mjs", jsonl);
            output.WriteLine(stdout);
            Assert.True(exitCode == 0, $"compare-tokens.mjs exited {exitCode}:\n{stdout}\n{stderr}");
        }
        finally
        {
            File.Delete(jsonl);
        }
    }

    [Fact]
    public void Every_file_prints_to_css_that_parses_to_the_same_tree()
    {
        var failures = new List<string>();
        foreach (var (name, path) in CssCorpus.Files())
        {
            var sheet = CssParser.ParseStylesheet(File.ReadAllText(path));
            Assert.NotEmpty(sheet.Rules);
            var printed = CssPrinter.Print(sheet);
            var again = CssParser.ParseStylesheet(printed);
            var expected = CssTreeDump.Dump(sheet);
            var actual = CssTreeDump.Dump(again);
            if (expected != actual)
                failures.Add($"{name}: first difference at {FirstDifference(expected, actual)}");
            // Printing is idempotent: the printed text prints to itself.
            if (CssPrinter.Print(again) != printed)
                failures.Add($"{name}: printing the printed text changed it");
        }
        Assert.Empty(failures);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
            i++;
        static string Around(string s, int i) => s.Substring(Math.Max(0, i - 60), Math.Min(120, s.Length - Math.Max(0, i - 60)));
        return $"{i}: expected …{Around(expected, i)}… got …{Around(actual, i)}…";
    }

    // One line of compare-tokens.mjs's input (its header says the shape).
    private static string TokensLine(string name, string path)
    {
        var source = File.ReadAllText(path);
        var tokenizer = new CssTokenizer(source);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("file", path);
            json.WriteStartArray("tokens");
            for (var token = tokenizer.Next(); token.Kind != CssTokenKind.EndOfFile; token = tokenizer.Next())
            {
                json.WriteStartObject();
                json.WriteString("t", TypeName(token.Kind));
                json.WriteNumber("s", token.Start);
                json.WriteNumber("e", token.End);
                switch (token.Kind)
                {
                    case CssTokenKind.Ident or CssTokenKind.Function or CssTokenKind.AtKeyword or CssTokenKind.String or CssTokenKind.Url or CssTokenKind.Delim:
                        json.WriteString("v", tokenizer.Value(token));
                        break;
                    case CssTokenKind.Hash:
                        json.WriteString("v", tokenizer.Value(token));
                        json.WriteString("ht", (token.Flags & CssTokenFlags.HashId) != 0 ? "id" : "unrestricted");
                        break;
                    case CssTokenKind.Number or CssTokenKind.Percentage or CssTokenKind.Dimension:
                        if (double.IsFinite(token.Number))
                            json.WriteNumber("v", token.Number);
                        else
                            json.WriteString("v", token.Number > 0 ? "Infinity" : "-Infinity");
                        json.WriteString("nt", token.IsInteger ? "integer" : "number");
                        if (token.Kind == CssTokenKind.Dimension)
                            json.WriteString("u", tokenizer.Value(token));
                        break;
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string TypeName(CssTokenKind kind) => kind switch
    {
        CssTokenKind.Ident => "ident",
        CssTokenKind.Function => "function",
        CssTokenKind.AtKeyword => "at-keyword",
        CssTokenKind.Hash => "hash",
        CssTokenKind.String => "string",
        CssTokenKind.BadString => "bad-string",
        CssTokenKind.Url => "url",
        CssTokenKind.BadUrl => "bad-url",
        CssTokenKind.Delim => "delim",
        CssTokenKind.Number => "number",
        CssTokenKind.Percentage => "percentage",
        CssTokenKind.Dimension => "dimension",
        CssTokenKind.Whitespace => "whitespace",
        CssTokenKind.Cdo => "CDO",
        CssTokenKind.Cdc => "CDC",
        CssTokenKind.Colon => "colon",
        CssTokenKind.Semicolon => "semicolon",
        CssTokenKind.Comma => "comma",
        CssTokenKind.LeftBracket => "[",
        CssTokenKind.RightBracket => "]",
        CssTokenKind.LeftParenthesis => "(",
        CssTokenKind.RightParenthesis => ")",
        CssTokenKind.LeftBrace => "{",
        CssTokenKind.RightBrace => "}",
        CssTokenKind.Comment => "comment",
        _ => kind.ToString(),
    };
}
