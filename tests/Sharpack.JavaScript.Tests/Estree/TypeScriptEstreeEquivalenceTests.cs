// Our TypeScript ESTree output (`sharpack parse --ts --estree`) must equal
// @typescript-eslint/typescript-estree 8.74's, node for node and with the same ranges, on the
// TypeScript the fixtures install and on hand-written samples of the syntax that corpus lacks
// (decorators, accessor fields, <T>x, instantiation expressions, abstract members). The work is
// done by Support/TypeScriptEstreeComparison.cs and compare-with-typescript-estree.mjs; mismatches
// listed with a reason in known-typescript-estree-mismatches.txt are reported but do not fail.

using System.Text;
using Sharpack.JavaScript.Tests.Support;
using Xunit.Abstractions;

namespace Sharpack.JavaScript.Tests.Estree;

public sealed class TypeScriptEstreeEquivalenceTests(ITestOutputHelper output)
{
    // Enough to see what is wrong without burying it; the count line says how many there are.
    private const int Shown = 30;

    /// <summary>Folders under tests/fixtures/node_modules, with the files TypeScriptCorpus selects.</summary>
    public static TheoryData<string> Packages => new()
    {
        "typescript/lib",
        "@types/node",
        "@types/react",
        "rxjs/src",
        "zod/src",
        "immer/src",
        "@tanstack/query-core/src",
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_files_equal_typescript_estrees_trees(string package)
    {
        var modules = Path.Combine(RepoPaths.Fixtures, "node_modules");
        Check([.. TypeScriptCorpus.Files(package)
            .Select(f => new TypeScriptEstreeFile(Path.GetRelativePath(modules, f).Replace('\\', '/'), f))]);
    }

    [Fact]
    public void Samples_equal_typescript_estrees_trees()
    {
        var samples = Path.Combine(RepoPaths.TestSources, "TypeScript", "Estree");
        Check([.. Directory.EnumerateFiles(samples)
            .Where(static f => f.EndsWith(".ts", StringComparison.Ordinal) || f.EndsWith(".tsx", StringComparison.Ordinal)
                || f.EndsWith(".js", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TypeScriptEstreeFile(Path.GetRelativePath(RepoPaths.TestSources, f).Replace('\\', '/'), f))]);
    }

    private void Check(List<TypeScriptEstreeFile> files)
    {
        Assert.NotEmpty(files);
        var result = TypeScriptEstreeComparison.Run(files);
        output.WriteLine($"{result.Summary}; our parse and JSON {result.OurTime.TotalSeconds:F1} s, node {result.NodeTime.TotalSeconds:F1} s");
        // The failure message lists the new mismatches; the output adds the known ones.
        foreach (var line in result.KnownMismatches.Take(50))
            output.WriteLine(line);
        if (result.Errors.Length > 0)
            output.WriteLine("node stderr: " + result.Errors);

        // Exit 2 (or anything else) means the script itself failed: show why, not a mismatch count.
        Assert.True(result.ExitCode is 0 or 1,
            $"compare-with-typescript-estree.mjs exited with {result.ExitCode}: {result.Errors}\n{string.Join('\n', result.Lines.TakeLast(5))}");
        var mismatches = result.NewMismatches;
        if (mismatches.Count > 0)
        {
            var message = new StringBuilder();
            message.Append(mismatches.Count).Append(" of ").Append(files.Count)
                .Append(" files differ from typescript-estree (").Append(result.Summary).AppendLine("):");
            foreach (var line in mismatches.Take(Shown))
                message.Append("  ").AppendLine(line["MISMATCH ".Length..]);
            if (mismatches.Count > Shown)
                message.Append("  ... and ").Append(mismatches.Count - Shown).AppendLine(" more");
            Assert.Fail(message.ToString());
        }
        Assert.True(result.ExitCode == 0, $"compare-with-typescript-estree.mjs exited with {result.ExitCode}: {result.Errors}");
    }
}
