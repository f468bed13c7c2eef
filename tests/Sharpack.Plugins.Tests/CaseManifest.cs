// A case folder's optional test.json, read once for the node runner (CaseTests) and the browser
// runner (BrowserCaseTests):
//   "bundles":   the files to run, in order (default ["bundle.js"])
//   "targets":   the targets the case runs for, "node" and/or "web" (default both); a case that
//                needs node (fs, path, process, __dirname, require of built-ins) says ["node"]
//   "failFirst": { "file": N } — in the browser, the static server answers 404 to the first N
//                requests for that file (relative to the output folder), to test retries
//   "pages":     instead of "bundles": several lists of files, each run on its own (a page of its
//                own in the browser, a node process of its own), as a multi-page app loads them
//   "module":    true: the browser loads the files as <script type="module"> (ES module output)

using System.Text.Json.Nodes;

namespace Sharpack.Plugins.Tests;

internal sealed class CaseManifest
{
    private static readonly string[] s_allTargets = ["node", "web"];

    /// <summary>The files of the first (usually only) page.</summary>
    public IReadOnlyList<string> Bundles => Pages[0];

    /// <summary>Each page's files, in load order.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Pages { get; init; }

    /// <summary>Whether the browser loads the files as ES modules.</summary>
    public bool Module { get; init; }

    public required IReadOnlyList<string> Targets { get; init; }

    public required IReadOnlyDictionary<string, int> FailFirst { get; init; }

    public static string CasesDirectory { get; } = Path.Combine(TestPaths.Root, "tests", "Sharpack.Plugins.Tests", "Cases");

    /// <summary>The case names ("category/name") under Cases/ that run for <paramref name="target"/>, in order.</summary>
    public static IEnumerable<string> CaseNames(string target)
    {
        foreach (var category in Directory.GetDirectories(CasesDirectory).Order(StringComparer.Ordinal))
        {
            foreach (var testCase in Directory.GetDirectories(category).Order(StringComparer.Ordinal))
            {
                if (Read(testCase).Targets.Contains(target))
                    yield return Path.GetRelativePath(CasesDirectory, testCase).Replace('\\', '/');
            }
        }
    }

    public static CaseManifest Read(string directory)
    {
        var testFile = Path.Combine(directory, "test.json");
        if (!File.Exists(testFile))
            return new CaseManifest { Pages = [["bundle.js"]], Targets = s_allTargets, FailFirst = new Dictionary<string, int>() };
        var json = JsonNode.Parse(File.ReadAllText(testFile))!.AsObject();
        foreach (var (key, _) in json)
        {
            if (key is not ("bundles" or "targets" or "failFirst" or "pages" or "module"))
                throw new InvalidDataException($"{testFile}: unknown key '{key}' (known: bundles, pages, targets, failFirst, module)");
        }
        if (json["bundles"] is not null && json["pages"] is not null)
            throw new InvalidDataException($"{testFile}: give either bundles or pages");
        var targets = json["targets"] is JsonArray targetArray ? [.. targetArray.Select(t => t!.GetValue<string>())] : s_allTargets;
        foreach (var target in targets)
        {
            if (!s_allTargets.Contains(target))
                throw new InvalidDataException($"{testFile}: unknown target '{target}' (known: node, web)");
        }
        var failFirst = new Dictionary<string, int>(StringComparer.Ordinal);
        if (json["failFirst"] is JsonObject failures)
        {
            foreach (var (file, count) in failures)
                failFirst[file] = count!.GetValue<int>();
        }
        return new CaseManifest
        {
            Pages = json["pages"] is JsonArray pages ? [.. pages.Select(page => (IReadOnlyList<string>)[.. page!.AsArray().Select(b => b!.GetValue<string>())])]
                : json["bundles"] is JsonArray bundles ? [[.. bundles.Select(b => b!.GetValue<string>())]] : [["bundle.js"]],
            Module = json["module"]?.GetValue<bool>() ?? false,
            Targets = targets,
            FailFirst = failFirst,
        };
    }
}
