// ConcatSource and PrefixSource, expectations from webpack-sources 3.7.1.

namespace Sharpack.Sources.Tests;

public sealed class ConcatAndPrefixSourceTests
{
    [Fact]
    public void ConcatOfStringsAndSources()
    {
        var source = new ConcatSource("x", new OriginalSource("y;\n", "y.js"), new RawSource("z"));
        Assert.Equal("xy;\nz", source.GetText());
        var map = source.GetMap()!;
        Assert.Equal("CAAA", map.Mappings);
        Assert.Equal(["y.js"], map.Sources);
    }

    [Fact]
    public void AddingAConcatSourceAddsItsChildren()
    {
        var inner = new ConcatSource("a", new RawSource("b"));
        var outer = new ConcatSource();
        outer.Add(inner);
        outer.Add("c");
        outer.Add("d");
        Assert.Equal("abcd", outer.GetText());
        // "a" becomes a RawSource, the user's RawSource "b" stays, "c" and "d" merge.
        Assert.Equal(3, outer.GetChildren().Count);
    }

    [Fact]
    public void StringChildrenMergeBeforeEncodingSoASplitSurrogatePairIsOneChar()
    {
        Assert.Equal(4, new ConcatSource("\ud83d", "\ude00").Size);
        // Separate sources are separate buffers, as in webpack: two replacement chars.
        Assert.Equal(6, new ConcatSource(new RawSource("\ud83d"), new RawSource("\ude00")).Size);
    }

    [Fact]
    public void PrefixBeforeEveryLineButNotAfterTheLastLineBreak()
    {
        var source = new PrefixSource("  ", new OriginalSource("a;\nb;\n", "a.js"));
        Assert.Equal("  a;\n  b;\n", source.GetText());
        Assert.Equal("EAAA;EACA", source.GetMap()!.Mappings);
        Assert.Equal("  ", new PrefixSource("  ", "").GetText());
    }
}
