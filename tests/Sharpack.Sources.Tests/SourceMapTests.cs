// SourceMap: JSON like JSON.stringify, parsing, position lookup and map combination.

namespace Sharpack.Sources.Tests;

public sealed class SourceMapTests
{
    [Fact]
    public void JsonEscapesLikeJsonStringify()
    {
        var map = new SourceMap
        {
            File = "x",
            Mappings = "AAAA",
            Sources = ["a\"b\\c.js", null],
            SourcesContent = ["<tag>\u2028é😀\u0001\t\n\ud800"],
            Names = [],
        };
        Assert.Equal(
            "{\"version\":3,\"file\":\"x\",\"mappings\":\"AAAA\",\"sources\":[\"a\\\"b\\\\c.js\",null],\"sourcesContent\":[\"<tag>\u2028é😀\\u0001\\t\\n\\ud800\"],\"names\":[]}",
            map.ToJson());
    }

    [Fact]
    public void ParseReadsWhatToJsonWrote()
    {
        var original = new ConcatSource(new OriginalSource("a;\nb;", "a.js"), new OriginalSource("c;", "c.js")).GetMap()!;
        var parsed = SourceMap.Parse(original.ToJson());
        Assert.Equal(original.ToJson(), parsed.ToJson());
        Assert.Equal(original.Mappings, SourceMap.Parse(original.ToJsonUtf8()).Mappings);
    }

    [Fact]
    public void ParseRejectsWhatIsNotAMap()
    {
        Assert.Throws<FormatException>(() => SourceMap.Parse("[]"));
        Assert.Throws<FormatException>(() => SourceMap.Parse("{\"version\":3"));
    }

    [Fact]
    public void OriginalPositionForFindsTheClosestMappingBefore()
    {
        var source = new ReplaceSource(new OriginalSource("var a = 1;\nvar b = 2;\n", "src/a.js"));
        source.Replace(4, 4, "alpha", "a");
        var map = source.GetMap()!;
        Assert.Equal(new OriginalPosition("src/a.js", 1, 4, "a"), map.OriginalPositionFor(1, 6));
        Assert.Equal(new OriginalPosition("src/a.js", 2, 0, null), map.OriginalPositionFor(2, 3));
        Assert.Null(map.OriginalPositionFor(9, 0));
    }

    [Fact]
    public void CombinedMapLeadsBackToTheFirstOriginal()
    {
        // Stage 1: a loader renames `x` (with its name); stage 2 adds a banner line. The
        // combined map points the renamed identifier at its place in the first original.
        // Expectations from webpack-sources 3.7.1 for the same inputs.
        const string original = "export default function () {\n  return {x};\n}\n";
        var loader = new ReplaceSource(new OriginalSource(original, "src/b.js"));
        loader.Replace(39, 39, "x1", "x");
        var stage1 = loader.GetText();
        var banner = new ReplaceSource(new OriginalSource(stage1, "b.loader.js"));
        banner.Insert(0, "// banner\n");
        var stage2 = banner.GetText();
        var map = new SourceMapSource(stage2, "b.loader.js", banner.GetMap()!, stage1, loader.GetMap()!).GetMap()!;
        Assert.Equal("AAAA;AAAA;AACA,UAAUA;AACV", map.Mappings);
        Assert.Equal(["src/b.js"], map.Sources);
        Assert.Equal(["x"], map.Names);
        Assert.Equal(new OriginalPosition("src/b.js", 2, 10, "x"), map.OriginalPositionFor(3, 12));
        Assert.Equal(new OriginalPosition("src/b.js", 2, 0, null), map.OriginalPositionFor(3, 2));
    }
}
