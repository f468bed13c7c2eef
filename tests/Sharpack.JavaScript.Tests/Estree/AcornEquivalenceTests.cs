// Our ESTree output must equal acorn 8.19's, node for node and with the same ranges, on test262's
// pass/ files and on real-world libraries from tests/fixtures/node_modules. The work is done by
// Support/AcornComparison.cs and compare-with-acorn.mjs; mismatches listed with a reason in
// known-acorn-mismatches.txt are reported but do not fail.

using Sharpack.JavaScript.Tests.Support;
using Xunit.Abstractions;

namespace Sharpack.JavaScript.Tests.Estree;

public sealed class AcornEquivalenceTests(ITestOutputHelper output)
{
    /// <summary>Library corpora: a package folder (or one file) under tests/fixtures/node_modules.</summary>
    public static TheoryData<string> Libraries => new()
    {
        "react-dom",
        "three",
        "lodash-es",
        "rxjs",
        "typescript/lib/typescript.js",
        "@babel/parser/lib",
    };

    [Fact]
    public void Test262_pass_files_equal_acorns_trees()
    {
        var pass = Path.Combine(RepoPaths.Package("test262-parser-tests"), "pass");
        var files = AcornComparison.JavaScriptFiles(pass)
            .Select(f => new ComparedFile("test262-parser-tests/pass/" + Path.GetFileName(f), f,
                AcornComparison.GoalsFor(f, AcornComparison.ScriptOnly)))
            .ToList();
        Check(files);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_files_equal_acorns_trees(string corpus)
    {
        var modules = Path.Combine(RepoPaths.Fixtures, "node_modules");
        var path = Path.Combine(modules, corpus);
        var paths = File.Exists(path) ? [path] : AcornComparison.JavaScriptFiles(RepoPaths.Package(corpus)).ToList();
        var files = paths
            .Select(f => new ComparedFile(Path.GetRelativePath(modules, f).Replace('\\', '/'), f,
                AcornComparison.GoalsFor(f, AcornComparison.ModuleThenScript)))
            .ToList();
        Check(files);
    }

    private void Check(List<ComparedFile> files)
    {
        Assert.NotEmpty(files);
        var result = AcornComparison.Run(files);
        output.WriteLine(result.Summary);
        // The failure message lists the new mismatches; the output adds the known ones.
        foreach (var line in result.Lines.Where(l => l.StartsWith("known ", StringComparison.Ordinal)).Take(50))
            output.WriteLine(line);
        if (result.Errors.Length > 0)
            output.WriteLine("node stderr: " + result.Errors);

        var failures = new Failures();
        foreach (var line in result.NewMismatches)
            failures.Add(line["MISMATCH ".Length..]);
        failures.ThrowIfAny($"of {files.Count} files differ from acorn ({result.Summary})");
        Assert.True(result.ExitCode == 0, $"compare-with-acorn.mjs exited with {result.ExitCode}: {result.Errors}");
    }
}
