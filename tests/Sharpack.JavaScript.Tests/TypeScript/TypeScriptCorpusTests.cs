// TypeScript as it is written in the wild: every .ts, .tsx, .mts, .cts and .d.ts file the test
// fixtures install (TypeScript's own lib.*.d.ts, @types/node, @types/react, the sources rxjs,
// zod, immer and @tanstack/query-core ship, and every package's declaration files) parses, and
// every source file (not .d.ts) transforms into JavaScript that parses as a module.

using Sharpack.JavaScript.Tests.Support;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.JavaScript.Tests.TypeScript;

public sealed class TypeScriptCorpusTests
{
    private static bool IsDeclarationFile(string path) =>
        path.EndsWith(".d.ts", StringComparison.Ordinal) || path.EndsWith(".d.mts", StringComparison.Ordinal) || path.EndsWith(".d.cts", StringComparison.Ordinal);

    [Theory]
    [InlineData("typescript/lib", 90)]
    [InlineData("@types/node", 60)]
    [InlineData("@types/react", 5)]
    [InlineData("rxjs/src", 200)]
    [InlineData("zod/src", 100)]
    [InlineData("immer/src", 15)]
    [InlineData("@tanstack/query-core/src", 20)]
    [InlineData("date-fns", 500)]
    public void ParsesEveryFile(string package, int atLeast)
    {
        var files = TypeScriptCorpus.Files(package);
        Assert.True(files.Count >= atLeast, $"{files.Count} files in {package}");
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var source = File.ReadAllText(file);
            var result = JavaScriptParser.ParseDetectingGoal(source, new ParseOptions
            {
                TypeScript = true,
                Jsx = file.EndsWith(".tsx", StringComparison.Ordinal),
                FileName = file,
            });
            if (result.Error is { } error)
                failures.Add(error.ToString());
        });
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("rxjs/src", 200)]
    [InlineData("zod/src", 100)]
    [InlineData("immer/src", 15)]
    [InlineData("@tanstack/query-core/src", 20)]
    public void TransformsEverySourceIntoJavaScriptThatParses(string package, int atLeast)
    {
        var files = TypeScriptCorpus.Files(package).Where(static f => !IsDeclarationFile(f)).ToList();
        Assert.True(files.Count >= atLeast, $"{files.Count} source files in {package}");
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var result = SourceTransformer.Transform(File.ReadAllText(file), new TransformOptions
            {
                TypeScript = true,
                Jsx = file.EndsWith(".tsx", StringComparison.Ordinal),
                FileName = file,
            });
            if (result.Error is { } error)
            {
                failures.Add(error.ToString());
                return;
            }
            var javaScript = JavaScriptParser.Parse(result.Code, new ParseOptions { SourceType = SourceType.Module, FileName = file + ".js" });
            if (javaScript.Error is { } jsError)
                failures.Add("output: " + jsError);
        });
        Assert.Empty(failures);
    }
}
