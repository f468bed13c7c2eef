// Every case of WebpackCases.Generated.cs: our text, size and maps (columns true and false)
// must equal webpack-sources' output for the same source tree, the map JSON char for char.

namespace Sharpack.Sources.Tests;

public sealed class WebpackEquivalenceTests
{
    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var testCase in WebpackCases.All)
        {
            names.Add(testCase.Name);
        }
        return names;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void TextAndSizeEqualWebpack(string name)
    {
        var testCase = Find(name);
        var source = CaseTree.Build(testCase.Tree);
        Assert.Equal(testCase.Text, source.GetText());
        Assert.Equal(testCase.Size, source.Size);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MapWithColumnsEqualsWebpack(string name)
    {
        var testCase = Find(name);
        var map = CaseTree.Build(testCase.Tree).GetMap(SourceMapOptions.Default);
        Assert.Equal(testCase.MapJson, map?.ToJson() ?? "null");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LinesOnlyMapEqualsWebpack(string name)
    {
        var testCase = Find(name);
        var map = CaseTree.Build(testCase.Tree).GetMap(SourceMapOptions.LinesOnly);
        Assert.Equal(testCase.LinesMapJson, map?.ToJson() ?? "null");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void SecondCallGivesTheSameResults(string name)
    {
        // Sources keep state (sorted edits, merged children, caches); asking twice must not change answers.
        var testCase = Find(name);
        var source = CaseTree.Build(testCase.Tree);
        _ = source.GetMap();
        _ = source.GetText();
        Assert.Equal(testCase.Text, source.GetText());
        Assert.Equal(testCase.MapJson, source.GetMap()?.ToJson() ?? "null");
        Assert.Equal(testCase.LinesMapJson, source.GetMap(SourceMapOptions.LinesOnly)?.ToJson() ?? "null");
    }

    private static WebpackCase Find(string name) => Array.Find(WebpackCases.All, c => c.Name == name)!;
}
