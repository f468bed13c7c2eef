// A developer's check of the module cache (SHARPACK_CHECK_CACHE=1): the build runs twice on one
// compiler, the second time from the modules the first kept, and every asset, error and warning of
// the second must be what the first made. A difference is a module or dependency that kept state
// from the first compilation; it is reported on stderr and fails the build. It lets webpack's test
// cases (tools/conformance.sh) check reuse on thousands of inputs.

using Sharpack.Core;
using Sharpack.Core.Stats;

namespace Sharpack.Cli;

internal static class CacheCheck
{
    /// <summary>The environment variable that turns the check on.</summary>
    public const string Variable = "SHARPACK_CHECK_CACHE";

    /// <summary>Whether the check is on.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Runs <paramref name="compiler"/> twice and compares; the second build's stats, or null (and the differences written) when they differ.</summary>
    public static BuildStats? Run(Compiler compiler, TextWriter stderr)
    {
        compiler.CachesModules = true;
        Dictionary<string, byte[]>? assets = null;
        Compilation? compilation = null;
        compiler.Hooks.AfterCompile.Tap("CacheCheck", c =>
        {
            compilation = c;
            assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (name, asset) in c.Assets)
                assets[name] = asset.Source.GetBuffer();
        });
        var first = compiler.Run();
        var firstAssets = assets!;
        var second = compiler.Run();
        var differences = new List<string>();
        Compare("error", first.Errors, second.Errors, differences);
        Compare("warning", first.Warnings, second.Warnings, differences);
        foreach (var (name, bytes) in firstAssets)
        {
            if (!assets!.TryGetValue(name, out var again))
                differences.Add($"asset {name} is missing from the build from cached modules");
            else if (!bytes.AsSpan().SequenceEqual(again))
                differences.Add($"asset {name} differs in the build from cached modules");
        }
        foreach (var name in assets!.Keys)
        {
            if (!firstAssets.ContainsKey(name))
                differences.Add($"asset {name} is only in the build from cached modules");
        }
        if (differences.Count == 0)
            return second;
        stderr.WriteLine($"sharpack: {Variable}: the build from cached modules ({compilation!.CachedModuleCount} cached, {compilation.BuiltModuleCount} built) differs:");
        foreach (var difference in differences)
            stderr.WriteLine("  " + difference);
        return null;
    }

    private static void Compare(string kind, IReadOnlyList<BuildDiagnostic> first, IReadOnlyList<BuildDiagnostic> second, List<string> differences)
    {
        for (var i = 0; i < Math.Max(first.Count, second.Count); i++)
        {
            var a = i < first.Count ? first[i].ToString() : null;
            var b = i < second.Count ? second[i].ToString() : null;
            if (a != b)
                differences.Add($"{kind} {i + 1}: {a ?? "(none)"} → {b ?? "(none)"}");
        }
    }
}
