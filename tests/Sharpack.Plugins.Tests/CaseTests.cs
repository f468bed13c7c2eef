// webpack-style test cases: each folder under Cases/<category>/<name> has an index.js that
// registers tests with it(name, fn) and checks with jest's expect. The case is bundled for node
// (development mode) and the bundle runs in node; a case with an `errors.txt` must instead fail
// to build with errors containing each of its lines.
//
// A case may hold a `webpack.config.json`: a partial configuration deep-merged over the case
// defaults (objects merge, other values replace), as webpack's configCases. A `test.json` may
// name the files to run, in order: {"bundles": ["runtime.js", "main.js"]} (default: bundle.js),
// and the targets the case is for: {"targets": ["node"]} (default: node and web; see
// CaseManifest). A `__snapshots__` folder holds what `expect(x).toMatchSnapshot()` compares with
// (see run-case.cjs). BrowserCaseTests runs the same folders for target web in Chromium.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class CaseTests
{
    private static readonly string s_root = TestPaths.Root;

    public static TheoryData<string> Cases() => [.. CaseManifest.CaseNames("node")];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_builds_and_runs(string name)
    {
        var directory = Path.Combine(s_root, "tests", "Sharpack.Plugins.Tests", "Cases", name);
        var output = Path.Combine(Path.GetTempPath(), "sharpack-cases", name.Replace('/', '-') + "-" + Environment.ProcessId);
        // A folder left by an earlier run under a reused process id would add its chunks to this
        // one's (cases list their output files and load chunks by name).
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true);
        var normalized = NormalizeCase(directory, output, "node");
        var errorsFile = Path.Combine(directory, "errors.txt");
        var stats = normalized.Options is { } options ? SharpackPlugins.CreateCompiler(options).Run() : null;
        if (File.Exists(errorsFile))
        {
            // Configuration errors count: webpack reports some of them (dependOn with runtime) at seal.
            var errors = stats is null ? normalized.Errors : stats.Errors.Select(e => e.ToString()).ToList();
            var text = string.Join("\n", errors);
            Assert.NotEmpty(errors);
            foreach (var expected in File.ReadAllLines(errorsFile).Where(l => l.Length > 0))
                Assert.Contains(expected, text);
            return;
        }
        Assert.True(stats is not null, normalized.FormatErrors());
        Assert.True(stats.Errors.Count == 0, "build errors:\n" + string.Join("\n", stats.Errors));
        // Each page runs in a node process of its own, as each page of a site starts afresh.
        foreach (var page in CaseManifest.Read(directory).Pages)
        {
            var arguments = new List<string>
            {
                Path.Combine(s_root, "tests", "Sharpack.Plugins.Tests", "run-case.cjs"),
                Path.Combine(s_root, "tests", "fixtures", "node_modules", "expect"),
            };
            if (Directory.Exists(Path.Combine(directory, "__snapshots__")))
                arguments.Add("--snapshots=" + Path.Combine(directory, "__snapshots__"));
            foreach (var bundle in page)
                arguments.Add(Path.Combine(output, bundle));
            var (exitCode, stdout) = TestPaths.RunNode(output, [.. arguments]);
            Assert.True(exitCode == 0, $"bundle failed in node ({string.Join(", ", page)}):\n" + stdout);
        }
    }

    /// <summary>The options a case is built with: the defaults for <paramref name="target"/>, then the case's webpack.config.json.</summary>
    public static SharpackOptions CaseOptions(string directory, string output, string target)
    {
        var normalized = NormalizeCase(directory, output, target);
        Assert.True(normalized.Success, normalized.FormatErrors());
        return normalized.Options!;
    }

    /// <summary>A case's configuration normalized: the defaults for <paramref name="target"/> in <paramref name="mode"/>, then the case's webpack.config.json, then <paramref name="overrides"/>.</summary>
    internal static NormalizedOptions NormalizeCase(string directory, string output, string target, string mode = "development", JsonObject? overrides = null)
    {
        var configuration = new JsonObject
        {
            ["mode"] = mode,
            // As webpack's own test cases: readable output (a case may set devtool, e.g. "eval").
            ["devtool"] = false,
            ["context"] = directory,
            ["entry"] = "./index.js",
            ["target"] = target,
            ["output"] = new JsonObject { ["path"] = output, ["filename"] = "bundle.js", ["pathinfo"] = true },
            ["optimization"] = new JsonObject { ["moduleIds"] = "named", ["chunkIds"] = "named", ["nodeEnv"] = "development", ["minimize"] = false },
            ["node"] = new JsonObject { ["__filename"] = false, ["__dirname"] = false },
        };
        var configFile = Path.Combine(directory, "webpack.config.json");
        if (File.Exists(configFile))
            Merge(configuration, JsonNode.Parse(File.ReadAllText(configFile))!.AsObject());
        if (overrides is not null)
            Merge(configuration, overrides);
        return OptionsNormalizer.Normalize(configuration, workingDirectory: directory);
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject child && target[key] is JsonObject existing)
                Merge(existing, child);
            else
                target[key] = value?.DeepClone();
        }
    }
}
