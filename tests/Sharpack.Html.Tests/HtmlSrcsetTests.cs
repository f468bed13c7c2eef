// srcset parsing: candidates with their ranges, webpack's messages for what it rejects, and on
// generated values the same results as webpack's own parseSrcset (Corpus/webpack-srcset.mjs).

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Html;
using Sharpack.Tests;

namespace Sharpack.Html.Tests;

public sealed class HtmlSrcsetTests
{
    [Theory]
    [InlineData("a.png 1x, b.png 2x", "a.png@0-5 b.png@10-15")]
    [InlineData("a.png,b.png", "a.png,b.png@0-11")]
    [InlineData("a.png, b.png 100w 50h", "a.png@0-5 b.png@7-12")]
    [InlineData("  a.png  ", "a.png@2-7")]
    [InlineData("image.png?x=(1,2) 1x", "image.png?x=(1,2)@0-17")]
    public void Candidates(string srcset, string expected)
    {
        Assert.True(HtmlSrcset.TryParse(srcset, out var candidates, out var error), error);
        Assert.Equal(expected, string.Join(" ", candidates.Select(c => $"{c.Url}@{c.Start}-{c.End}")));
    }

    [Theory]
    [InlineData("", "Must contain one or more image candidate strings")]
    [InlineData(" , ", "Must contain one or more image candidate strings")]
    [InlineData("a.png 1x 2x", "Invalid srcset descriptor found in 'a.png 1x 2x' at '2x'")]
    [InlineData("a.png 0w", "Invalid srcset descriptor found in 'a.png 0w' at '0w'")]
    [InlineData("a.png foo", "Invalid srcset descriptor found in 'a.png foo' at 'foo'")]
    public void Errors(string srcset, string message)
    {
        Assert.False(HtmlSrcset.TryParse(srcset, out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Srcsets_parse_as_webpack_parses_them()
    {
        string[] pieces = ["a.png", "b.jpg", "data:image/png;base64,AA==", " ", "  ", ",", ",,", "1x", "2x", "1.5x", "-1x", ".5x", "1.x", "1e2x",
            "100w", "0w", "50h", "0h", "01w", "(", ")", "(a b)", "foo", "\t", "\n", "x", "w", "h", "1", "?q=1", "#f"];
        var random = new Random(7);
        var inputs = new List<string>();
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 9);
            for (var k = 0; k < count; k++)
                text.Append(pieces[random.Next(pieces.Length)]);
            inputs.Add(text.ToString());
        }
        var file = Path.Combine(Path.GetTempPath(), $"sharpack-srcset-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, JsonSerializer.Serialize(inputs));
            var (exitCode, stdout, stderr) = TestRepository.Node(Path.Combine(TestRepository.TestSources("Sharpack.Html.Tests"), "Corpus"),
                TimeSpan.FromMinutes(2), "webpack-srcset.mjs", file);
            Assert.True(exitCode == 0, $"webpack-srcset.mjs exited {exitCode}:\n{stderr}");
            var expected = JsonNode.Parse(stdout)!.AsArray();
            var failures = new List<string>();
            for (var i = 0; i < inputs.Count; i++)
            {
                JsonNode ours = HtmlSrcset.TryParse(inputs[i], out var candidates, out var error)
                    ? new JsonObject { ["candidates"] = new JsonArray([.. candidates.Select(c => (JsonNode)new JsonArray(c.Url, c.Start, c.End))]) }
                    : new JsonObject { ["error"] = error };
                if (!JsonNode.DeepEquals(expected[i], ours) && failures.Count < 10)
                    failures.Add($"{JsonSerializer.Serialize(inputs[i])}: webpack {expected[i]!.ToJsonString()}, ours {ours.ToJsonString()}");
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
