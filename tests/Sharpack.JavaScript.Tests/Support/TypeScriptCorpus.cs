// The TypeScript files of an installed fixture package, for the tests that run over real-world
// TypeScript (parsing, transforming, and the typescript-estree comparison) and must agree on which
// files those are.

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>Selects the TypeScript files of a package under tests/fixtures/node_modules.</summary>
internal static class TypeScriptCorpus
{
    /// <summary>
    /// Every .ts, .tsx, .mts and .cts file (declaration files included) under
    /// <paramref name="package"/>, a folder of tests/fixtures/node_modules, in ordinal order.
    /// </summary>
    public static List<string> Files(string package) =>
        [.. Directory.EnumerateFiles(RepoPaths.Package(package), "*", SearchOption.AllDirectories)
            .Where(static f => f.EndsWith(".ts", StringComparison.Ordinal) || f.EndsWith(".tsx", StringComparison.Ordinal)
                || f.EndsWith(".mts", StringComparison.Ordinal) || f.EndsWith(".cts", StringComparison.Ordinal))
            // Not the package's own node_modules (a nested copy of another package).
            .Where(static f => f.LastIndexOf("node_modules", StringComparison.Ordinal) == f.IndexOf("node_modules", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
