// The case folders of Cases/ for target web, run in headless Chromium: each case is bundled with
// CaseTests.CaseOptions(…, "web"), its output folder is served on 127.0.0.1 and a test page
// loads jest's expect, the in-page runner and the case's bundles (test.json "bundles") in order.
// A case passes when every test passes, the page logs no error, nothing is answered 404 but
// what test.json's "failFirst" asks for, and no file is loaded twice. Cases marked
// "targets": ["node"] in test.json are skipped here; a case with errors.txt must fail to build
// for web too. Cases listed in Browser/known-failures.txt (Sharpack bugs for web) must still
// fail. See Browser/README.md.

using Sharpack.Plugins.Tests.Browser;
using Xunit;

namespace Sharpack.Plugins.Tests;

[Collection(BrowserFixture.Collection)]
public sealed class BrowserCaseTests(BrowserFixture browser)
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_knownFailures = new(ReadKnownFailures);

    public static TheoryData<string> Cases() => [.. CaseManifest.CaseNames("web")];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_builds_and_runs_in_chromium(string name)
    {
        var failure = Run(name);
        if (s_knownFailures.Value.TryGetValue(name, out var reason))
            Assert.True(failure is not null, $"{name} passes in Chromium now; remove it from Browser/known-failures.txt (listed as: {reason})");
        else
            Assert.True(failure is null, failure);
    }

    [Fact]
    public void Known_failures_name_existing_web_cases()
    {
        var cases = CaseManifest.CaseNames("web").ToHashSet(StringComparer.Ordinal);
        Assert.All(s_knownFailures.Value.Keys, name => Assert.Contains(name, cases));
    }

    // Builds and runs the case; returns why it failed, or null when it passed.
    private string? Run(string name)
    {
        var directory = Path.Combine(CaseManifest.CasesDirectory, name);
        var output = Path.Combine(Path.GetTempPath(), "sharpack-browser-cases", name.Replace('/', '-') + "-" + Environment.ProcessId);
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true);
        var stats = SharpackPlugins.CreateCompiler(CaseTests.CaseOptions(directory, output, "web")).Run();
        var errorsFile = Path.Combine(directory, "errors.txt");
        var errors = string.Join("\n", stats.Errors.Select(e => e.ToString()));
        if (File.Exists(errorsFile))
        {
            var missing = File.ReadAllLines(errorsFile).Where(l => l.Length > 0 && !errors.Contains(l, StringComparison.Ordinal)).ToList();
            if (stats.Errors.Count == 0)
                return "the build succeeded; errors.txt expects it to fail";
            return missing.Count == 0 ? null : "build errors lack:\n" + string.Join("\n", missing) + "\nbuild errors:\n" + errors;
        }
        if (stats.Errors.Count > 0)
            return "build errors:\n" + errors;
        // Each page is a navigation of its own: its runtime, module cache and requests start afresh.
        var manifest = CaseManifest.Read(directory);
        foreach (var page in manifest.Pages)
        {
            var run = browser.Run(name, output, page, manifest.FailFirst, module: manifest.Module);
            if (run.Problems().Count > 0)
                return $"case failed in Chromium (page {string.Join(", ", page)}):\n" + run.Report();
        }
        return null;
    }

    private static IReadOnlyDictionary<string, string> ReadKnownFailures()
    {
        var file = Path.Combine(TestPaths.Root, "tests", "Sharpack.Plugins.Tests", "Browser", "known-failures.txt");
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(file))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var colon = line.IndexOf(':');
            Assert.True(colon > 0, $"known-failures.txt: '{line}' is not 'case-name: reason'");
            failures.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return failures;
    }
}
