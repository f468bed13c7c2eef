// Runs each program of Programs/ through the TypeScript/JSX transform and node, and checks that
// it prints what TypeScript's own transpileModule output prints (Programs/<name>.expected.txt,
// made by tests/fixtures/ts-expected.sh). A .tsx program runs with both JSX runtimes.

using Sharpack.JavaScript.Tests.Support;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.JavaScript.Tests.TypeScript;

public sealed class TypeScriptProgramTests
{
    private static string Programs => Path.Combine(RepoPaths.TestSources, "TypeScript", "Programs");

    // Programs whose feature the transform does not have yet, and why.
    private static readonly Dictionary<string, string> s_notYet = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Programs).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".ts", StringComparison.Ordinal))
                data.Add(name, "automatic");
            else if (name.EndsWith(".tsx", StringComparison.Ordinal))
            {
                data.Add(name, "automatic");
                data.Add(name, "classic");
            }
        }
        return data;
    }

    [Fact]
    public void TheCorpusIsThere() => Assert.True(Cases().Count >= 60, $"{Cases().Count} program runs");

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintsWhatTypeScriptsOutputPrints(string program, string runtime)
    {
        var name = Path.GetFileNameWithoutExtension(program);
        var result = Transform(program, runtime, SyntaxFeatures.None);
        if (s_notYet.ContainsKey(name))
        {
            // Still unsupported: the transform says so with an error, or its output does not print the same.
            Assert.True(result.Error is not null || Run(name, runtime, result.Code) != Expected(name));
            return;
        }
        Assert.True(result.Error is null, result.Error?.ToString());
        Assert.Equal(Expected(name), Run(name, runtime, result.Code));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintsTheSameLoweredToES2015(string program, string runtime)
    {
        var name = Path.GetFileNameWithoutExtension(program);
        if (s_notYet.ContainsKey(name))
            return;
        var result = Transform(program, runtime, SyntaxFeatures.All);
        Assert.True(result.Error is null, result.Error?.ToString());
        Assert.Equal(Expected(name), Run(name, runtime + "-es2015", result.Code));
    }

    private static TransformResult Transform(string program, string runtime, SyntaxFeatures lower)
    {
        var name = Path.GetFileNameWithoutExtension(program);
        var path = Path.Combine(Programs, program);
        return SourceTransformer.Transform(File.ReadAllText(path), new TransformOptions
        {
            TypeScript = true,
            Jsx = program.EndsWith(".tsx", StringComparison.Ordinal),
            JsxRuntime = runtime == "classic" ? JsxRuntime.Classic : JsxRuntime.Automatic,
            // As the reference (tests/fixtures/ts-reference.cjs) compiles them.
            ExperimentalDecorators = name.StartsWith("decorators-", StringComparison.Ordinal),
            EmitDecoratorMetadata = name.StartsWith("decorators-metadata", StringComparison.Ordinal),
            Lower = lower,
            FileName = path,
        });
    }

    private static string Expected(string name) => File.ReadAllText(Path.Combine(Programs, name + ".expected.txt")).ReplaceLineEndings("\n").TrimEnd('\n');

    private static string Run(string name, string runtime, string code) => NodeModuleRunner.Run(code, $"{name}-{runtime}");
}
