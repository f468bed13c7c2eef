// Each program of Programs/ is lowered for several targets and run by node: it must print what the
// program prints as written, and the lowered code must use none of the syntax its target lacks.

using Sharpack.JavaScript.Tests.Support;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.JavaScript.Tests.Lowering;

public sealed class LoweringProgramTests
{
    private static string Programs => Path.Combine(RepoPaths.TestSources, "Lowering", "Programs");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Programs).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            // ES2015 lowers everything; es2019 keeps object spread and rest; chrome 80 keeps `??`
            // but not `?.`; safari 15 only lacks static blocks (and `#x in` on old ones).
            foreach (var target in new[] { "es2015", "es2019", "chrome80", "safari15" })
                data.Add(name, target);
        }
        return data;
    }

    [Fact]
    public void TheProgramsAreThere() => Assert.True(Cases().Count >= 20, $"{Cases().Count} program runs");

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintsWhatTheProgramPrints(string program, string target)
    {
        var path = Path.Combine(Programs, program);
        var source = File.ReadAllText(path);
        var lower = SyntaxTarget.ForList(target, out _)!.Value;
        var result = SourceTransformer.Transform(source, new TransformOptions
        {
            TypeScript = program.EndsWith(".ts", StringComparison.Ordinal),
            Lower = lower,
            FileName = path,
            Module = true,
        });
        Assert.True(result.Error is null, result.Error?.ToString());
        var reparsed = JavaScriptParser.Parse(result.Code, new ParseOptions { SourceType = SourceType.Module });
        Assert.True(reparsed.Error is null, reparsed.Error + "\n" + result.Code);
        Assert.Equal(SyntaxFeatures.None, SyntaxFeatureScanner.Scan(reparsed.Program!, result.Code, lower));
        var expected = program.EndsWith(".ts", StringComparison.Ordinal)
            ? Run(SourceTransformer.Transform(source, new TransformOptions { TypeScript = true, Module = true }).Code, program, "es")
            : Run(source, program, "original");
        Assert.Equal(expected, Run(result.Code, program, target));
    }

    [Fact]
    public void LowersNothingForTheNewestTargets()
    {
        var source = File.ReadAllText(Path.Combine(Programs, "classes.mjs"));
        var result = SourceTransformer.Transform(source, new TransformOptions { Lower = SyntaxTarget.ForEcmaScript("es2022")!.Value, Module = true });
        Assert.Equal(source, result.Code);
    }

    [Theory]
    [InlineData("es2016", SyntaxFeatures.All & ~SyntaxFeatures.ExponentOperator)]
    [InlineData("es2020", SyntaxFeatures.LogicalAssignment | SyntaxFeatures.NumericSeparator | SyntaxFeatures.ClassFeatures)]
    [InlineData("esnext", SyntaxFeatures.None)]
    [InlineData("node14", SyntaxFeatures.OptionalChain | SyntaxFeatures.LogicalAssignment | SyntaxFeatures.ClassPrivateField | SyntaxFeatures.ClassPrivateMethod | SyntaxFeatures.ClassPrivateBrandCheck | SyntaxFeatures.ClassStaticBlock)]
    [InlineData("node16.11", SyntaxFeatures.None)]
    [InlineData("chrome91,safari16.4", SyntaxFeatures.None)]
    [InlineData("safari13.1", SyntaxFeatures.LogicalAssignment | SyntaxFeatures.ClassFeatures)]
    [InlineData("ie11", SyntaxFeatures.All)]
    public void KnowsWhatATargetLacks(string target, SyntaxFeatures lacking) =>
        Assert.Equal(lacking, SyntaxTarget.ForList(target, out _));

    [Fact]
    public void RejectsAnUnknownTarget()
    {
        Assert.Null(SyntaxTarget.ForList("es2017,netscape4", out var unknown));
        Assert.Equal("netscape4", unknown);
    }

    [Fact]
    public void ReadsBrowserslistQueriesThatNameVersions()
    {
        var result = BrowserslistQuery.Evaluate(["chrome >= 80, firefox > 71", "safari 13.1 or ios_saf 13.4-13.7", "not ie 11", "defaults"]);
        Assert.Equal(SyntaxTarget.ForList("chrome80,firefox72,safari13.1,ios13.4", out _), result.Lacking);
        Assert.Equal(["defaults"], result.Unread);
    }

    [Fact]
    public void MapsLoweredCodeBackToTheSource()
    {
        const string source = "const a = {};\nconst b = a?.x ?? 1;\nexport { b };\n";
        var result = SourceTransformer.Transform(source, new TransformOptions { TypeScript = true, Lower = SyntaxFeatures.All, Module = true });
        Assert.Null(result.Error);
        // `null != (` is written for the `??` on line 2; every segment maps inside the source.
        var line2 = source.IndexOf("a?.x", StringComparison.Ordinal);
        var generated = result.Code.IndexOf("null", StringComparison.Ordinal);
        var segment = result.Segments.Last(s => s.Generated <= generated);
        Assert.InRange(segment.Original, line2 - "const b = ".Length, source.IndexOf("export", StringComparison.Ordinal));
        Assert.All(result.Segments, s => Assert.InRange(s.Original, 0, source.Length));
    }

    private static string Run(string code, string program, string target)
    {
        var output = NodeModuleRunner.Run(code, $"lowering-{Path.GetFileNameWithoutExtension(program)}-{target}");
        Assert.DoesNotContain("\n[exit ", output);
        return output;
    }
}
