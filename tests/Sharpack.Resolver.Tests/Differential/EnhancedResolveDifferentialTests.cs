// The differential test of issue 3: tests/fixtures-resolver/differential.mjs builds the request
// list over a real node_modules tree (bare names, every exports subpath, every relative import in
// the packages' files) and answers it with enhanced-resolve under webpack's web-ESM and
// node-CommonJS options; here every request is resolved again with Sharpack.Resolver and each
// answer (the resolved path, `false`, or an error) must be the same.

using System.Diagnostics;
using System.Text.Json;
using Sharpack.Resolver.Tests.Support;
using Xunit.Abstractions;

namespace Sharpack.Resolver.Tests.Differential;

public sealed class EnhancedResolveDifferentialTests(ITestOutputHelper output)
{
    /// <summary>webpack 5's defaults for an ESM import on target web and a CommonJS require on target node, production mode.</summary>
    internal static ResolveOptions OptionsFor(string set) => set switch
    {
        "web-esm" => ResolveOptions.WebpackDefaults(web: true).ForDependency("esm"),
        "node-cjs" => ResolveOptions.WebpackDefaults(web: false).ForDependency("commonjs"),
        _ => throw new ArgumentException(set),
    };

    [Fact]
    public void EveryAnswerEqualsEnhancedResolve()
    {
        var fixtures = RepoPaths.RequireResolverFixtures();
        var answers = Path.Combine(Path.GetTempPath(), $"sharpack-resolver-{Guid.NewGuid():N}.jsonl");
        try
        {
            RunNode(fixtures, answers);
            var cache = new ResolverCache();
            var resolvers = new Dictionary<string, Resolver>
            {
                ["web-esm"] = new(OptionsFor("web-esm"), cache),
                ["node-cjs"] = new(OptionsFor("node-cjs"), cache),
            };
            var compared = 0;
            var mismatches = new List<string>();
            foreach (var line in File.ReadLines(answers))
            {
                if (line.Length == 0) continue;
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var set = root.GetProperty("set").GetString()!;
                var context = root.GetProperty("context").GetString()!;
                var request = root.GetProperty("request").GetString()!;
                var expected = root.TryGetProperty("error", out _) ? "error"
                    : root.GetProperty("result").ValueKind == JsonValueKind.False ? "false"
                    : root.GetProperty("result").GetString()!;
                var result = resolvers[set].Resolve(request, context);
                var actual = result.Kind switch
                {
                    ResolveResultKind.Error => "error",
                    ResolveResultKind.Ignored => "false",
                    _ => result.FullPath,
                };
                compared++;
                if (actual != expected)
                    mismatches.Add($"{set} {request} in {context}: enhanced-resolve {expected}, Sharpack {actual}{(result.Error is null ? "" : " (" + result.Error + ")")}");
            }
            output.WriteLine($"compared {compared} answers with enhanced-resolve, {mismatches.Count} mismatches");
            foreach (var mismatch in mismatches.Take(50)) output.WriteLine(mismatch);
            Assert.True(compared > 1000, $"only {compared} answers compared");
            Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {compared} answers differ from enhanced-resolve:\n" + string.Join("\n", mismatches.Take(50)));
        }
        finally
        {
            File.Delete(answers);
        }
    }

    private static void RunNode(string fixtures, string answers)
    {
        var start = new ProcessStartInfo("node", ["differential.mjs", "--out", answers])
        {
            WorkingDirectory = fixtures,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node differential.mjs failed: {errors.Result}");
    }
}
