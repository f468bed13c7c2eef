// ReplaceSource: edit order, overlaps and maps, with expectations taken from webpack-sources
// 3.7.1 (node, see tools/generate-expectations.cjs for how), plus checks that need no oracle.

namespace Sharpack.Sources.Tests;

public sealed class ReplaceSourceTests
{
    private static ReplaceSource Over(string text) => new(new OriginalSource(text, "a.js"));

    [Fact]
    public void InsertionsAtOnePositionKeepTheirOrderAndPrecedeAReplacementStartingThere()
    {
        var source = Over("abcdefghij");
        source.Insert(3, "1");
        source.Insert(3, "2");
        source.Replace(3, 4, "X");
        source.Insert(3, "3");
        Assert.Equal("abc123Xfghij", source.GetText());
        Assert.Equal("AAAA,GAAG,IAAE", source.GetMap()!.Mappings);
    }

    [Fact]
    public void ALateInsertionFollowsTheOtherInsertionsAtItsPositionAndPrecedesAReplacement()
    {
        // webpack's replace(p, p - 0.5): `export default 1` closes with ");" after the `))` of a wrapper.
        var source = Over("abcdefghij");
        source.InsertLate(3, ";");
        source.Insert(3, "))");
        source.Replace(3, 4, "X");
        source.Insert(3, ")");
        Assert.Equal("abc)));Xfghij", source.GetText());
    }

    [Fact]
    public void OverlappingReplacementsAddTheLaterContentWithoutRepeatingText()
    {
        var source = Over("abcdefghij");
        source.Replace(2, 5, "X");
        source.Replace(4, 7, "Y");
        Assert.Equal("abXYij", source.GetText());
        Assert.Equal("AAAA,EAAE,CAAI,CAAE", source.GetMap()!.Mappings);
    }

    [Fact]
    public void AdjacentReplacements()
    {
        var source = Over("abcdefghij");
        source.Replace(2, 3, "X");
        source.Replace(4, 5, "Y");
        Assert.Equal("abXYghij", source.GetText());
        Assert.Equal("AAAA,EAAE,CAAE,CAAE", source.GetMap()!.Mappings);
    }

    [Fact]
    public void DuplicateReplacementsEmitBothContents()
    {
        var source = Over("abcdefghij");
        source.Replace(2, 3, "X");
        source.Replace(2, 3, "Y");
        Assert.Equal("abXYefghij", source.GetText());
        Assert.Equal("AAAA,EAAE,CAAE", source.GetMap()!.Mappings);
    }

    [Fact]
    public void MultiLineContentMapsItsFirstLineWithTheName()
    {
        var source = Over("a;\nb;\nc;\n");
        source.Replace(3, 4, "B\nB2", "b");
        Assert.Equal("a;\nB\nB2\nc;\n", source.GetText());
        var map = source.GetMap()!;
        Assert.Equal("AAAA;AACAA;AAAA,EAAE;AACF", map.Mappings);
        Assert.Equal(["b"], map.Names);
    }

    [Fact]
    public void GetReplacementsReturnsTheEditsInApplyOrder()
    {
        var source = Over("abcdef");
        source.Replace(4, 4, "E");
        source.Insert(1, "i");
        source.Replace(1, 2, "R", "n");
        Assert.Equal(
            [new Replacement(1, 0, "i", null), new Replacement(1, 2, "R", "n"), new Replacement(4, 4, "E", null)],
            source.GetReplacements());
    }

    [Fact]
    public void WithoutEditsTheOriginalMapIsReturned()
    {
        var original = new OriginalSource("a;\nb;\n", "a.js");
        var source = new ReplaceSource(original);
        Assert.Equal(original.GetMap()!.ToJson(), source.GetMap()!.ToJson());
        Assert.Equal(original.GetText(), source.GetText());
    }

    [Fact]
    public void EveryMappingOfUnchangedTextPointsAtTheSameOriginalChar()
    {
        // Edits insert '@' text; any mapping that does not start inserted text must land on
        // the original char it came from.
        var original = string.Concat(Enumerable.Range(0, 200).Select(i => $"var v{i} = f({i}); if (v{i}) {{ g(v{i}); }}\n"));
        var source = new ReplaceSource(new OriginalSource(original, "big.js"));
        var random = new Random(7);
        for (var i = 0; i < 400; i++)
        {
            var start = random.Next(original.Length);
            if (random.Next(2) == 0)
            {
                source.Insert(start, "@" + i + (i % 5 == 0 ? "\n@" : ""));
            }
            else
            {
                source.Replace(start, start + random.Next(6), "@@", i % 3 == 0 ? "n" + i : null);
            }
        }
        var generated = source.GetText().Split('\n');
        var originalLines = original.Split('\n');
        var mappings = source.GetMap()!.DecodeMappings();
        Assert.NotEmpty(mappings);
        var checkedCount = 0;
        foreach (var mapping in mappings)
        {
            var line = generated[mapping.GeneratedLine - 1];
            if (mapping.SourceIndex < 0 || mapping.GeneratedColumn >= line.Length || line[mapping.GeneratedColumn] == '@')
            {
                continue;
            }
            Assert.Equal(originalLines[mapping.OriginalLine - 1][mapping.OriginalColumn], line[mapping.GeneratedColumn]);
            checkedCount++;
        }
        Assert.True(checkedCount > 500, $"only {checkedCount} mappings checked");
    }

    [Fact]
    public void ThousandsOfEditsOnAMegabyteAreFast()
    {
        var line = "export function handler(event) { return process(event.data, { retry: true }); }\n";
        var text = string.Concat(Enumerable.Repeat(line, (1 << 20) / line.Length));
        var source = new ReplaceSource(new OriginalSource(text, "big.js"));
        var random = new Random(1);
        for (var i = 0; i < 20_000; i++)
        {
            var start = random.Next(text.Length);
            source.Replace(start, start + random.Next(8), "__webpack_require__(" + i + ")", "process");
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var output = source.GetText();
        var map = source.GetMap();
        var size = source.Size;
        watch.Stop();
        Assert.NotNull(map);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(output), size);
        // Measured 60-110 ms (Debug and Release, JIT included); the bound only catches quadratic behaviour.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
