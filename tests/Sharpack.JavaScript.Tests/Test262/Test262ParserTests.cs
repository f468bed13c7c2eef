// Runs the parser over tc39's test262-parser-tests (tests/fixtures/node_modules/test262-parser-tests):
//   pass/   every file parses, and its tree equals the tree of its pass-explicit/ twin
//   fail/   every file is rejected
//   early/  at least 95% of the files are rejected (early errors)
// The goal is module when the file name contains ".module.js", else script. One test per folder
// collects every failure and reports the first 50 and the count, and writes the counts to the
// test output. The suite dates from ES2017; the few files whose expectation ES2025 changed are
// listed in outdated-expectations.txt and are expected to parse instead (see that file).

using System.Text.Json.Nodes;
using Sharpack.JavaScript.Estree;
using Sharpack.JavaScript.Tests.Support;
using Xunit.Abstractions;

namespace Sharpack.JavaScript.Tests.Test262;

public sealed class Test262ParserTests(ITestOutputHelper output)
{
    private const double EarlyErrorsRequired = 0.95;

    private static string Suite => RepoPaths.Package("test262-parser-tests");

    private static string ListPath(string name) => Path.Combine(RepoPaths.TestSources, "Test262", name);

    /// <summary>Files of fail/ and early/ that are valid ES2025 (relative paths "fail/x.js" → reason).</summary>
    private static readonly Dictionary<string, string> s_outdated = ListFile.Read(ListPath("outdated-expectations.txt"));

    /// <summary>Files of pass/ whose pass-explicit/ twin is a different program (a defect of the suite).</summary>
    private static readonly Dictionary<string, string> s_twinDifferences = ListFile.Read(ListPath("twin-differences.txt"));

    [Fact]
    public void Pass_files_parse_and_equal_their_explicit_twins()
    {
        var files = Files("pass");
        var failures = new Failures();
        var compared = 0;
        var skippedTwins = 0;
        Parallel.ForEach(files, file =>
        {
            var name = Path.GetFileName(file);
            var goal = GoalOf(name);
            var source = File.ReadAllText(file);
            var outcome = SafeParse.Run(source, goal, fileName: file);
            if (!outcome.Accepted)
            {
                failures.Add($"pass/{name}: {outcome.Describe()}");
                return;
            }
            var explicitSource = File.ReadAllText(Path.Combine(Suite, "pass-explicit", name));
            var explicitOutcome = SafeParse.Run(explicitSource, goal, fileName: name);
            if (!explicitOutcome.Accepted)
            {
                failures.Add($"pass-explicit/{name}: {explicitOutcome.Describe()}");
                return;
            }
            string tree, explicitTree;
            try
            {
                tree = NormalizedTree(outcome.Result!.Program!, source);
                explicitTree = NormalizedTree(explicitOutcome.Result!.Program!, explicitSource);
            }
            catch (Exception exception)
            {
                failures.Add($"pass/{name}: writing ESTree threw {exception.GetType().Name}: {exception.Message}");
                return;
            }
            var equal = tree == explicitTree;
            if (s_twinDifferences.ContainsKey(name))
            {
                Interlocked.Increment(ref skippedTwins);
                // acorn finds these twins different; equal trees here mean one of them was misparsed.
                if (equal)
                    failures.Add($"pass/{name}: listed in twin-differences.txt, yet its tree equals its twin's");
                return;
            }
            Interlocked.Increment(ref compared);
            if (!equal)
                failures.Add($"pass/{name}: tree differs from pass-explicit/{name} at {FirstDifference(tree, explicitTree)}");
        });
        output.WriteLine($"pass/: {files.Length} files, {files.Length - failures.Count} passed, {failures.Count} failed; " +
            $"{compared} compared with their pass-explicit twin, {skippedTwins} twins listed as different programs");
        failures.ThrowIfAny($"of {files.Length} pass/ files failed");
    }

    [Fact]
    public void Fail_files_are_rejected()
    {
        var files = Files("fail");
        var failures = new Failures();
        Parallel.ForEach(files, file =>
        {
            var relative = "fail/" + Path.GetFileName(file);
            var outcome = SafeParse.Run(File.ReadAllText(file), GoalOf(relative), fileName: file);
            if (outcome.Exception is not null)
                failures.Add($"{relative}: {outcome.Describe()}");
            else if (s_outdated.TryGetValue(relative, out var reason))
            {
                if (!outcome.Accepted)
                    failures.Add($"{relative}: valid in ES2025 ({reason}) but {outcome.Describe()}");
            }
            else if (outcome.Accepted)
                failures.Add($"{relative}: accepted");
        });
        output.WriteLine($"fail/: {files.Length} files ({OutdatedIn("fail/")} valid since ES2017, expected to parse), " +
            $"{files.Length - failures.Count} passed, {failures.Count} failed");
        failures.ThrowIfAny($"of {files.Length} fail/ files failed");
    }

    [Fact]
    public void Early_error_files_are_rejected()
    {
        var files = Files("early");
        var exceptions = new Failures();
        var accepted = new Failures();
        var outdatedRejected = new Failures();
        Parallel.ForEach(files, file =>
        {
            var relative = "early/" + Path.GetFileName(file);
            var outcome = SafeParse.Run(File.ReadAllText(file), GoalOf(relative), fileName: file);
            if (outcome.Exception is not null)
                exceptions.Add($"{relative}: {outcome.Describe()}");
            else if (s_outdated.TryGetValue(relative, out var reason))
            {
                if (!outcome.Accepted)
                    outdatedRejected.Add($"{relative}: valid in ES2025 ({reason}) but {outcome.Describe()}");
            }
            else if (outcome.Accepted)
                accepted.Add($"{relative}: accepted");
        });
        var expectedErrors = files.Length - OutdatedIn("early/");
        var rejected = expectedErrors - accepted.Count - exceptions.Count;
        var ratio = (double)rejected / expectedErrors;
        output.WriteLine($"early/: {files.Length} files ({OutdatedIn("early/")} valid since ES2017, expected to parse); " +
            $"{rejected} of {expectedErrors} rejected ({ratio:P1}, at least {EarlyErrorsRequired:P0} required); " +
            $"{exceptions.Count} threw; {outdatedRejected.Count} valid files rejected");
        foreach (var line in accepted.Sorted())
            output.WriteLine("  not rejected: " + line);

        exceptions.ThrowIfAny($"of {files.Length} early/ files made the parser throw");
        outdatedRejected.ThrowIfAny("early/ files valid in ES2025 were rejected");
        if (ratio < EarlyErrorsRequired)
            accepted.ThrowIfAny($"of {expectedErrors} early/ files were accepted ({ratio:P1} rejected, {EarlyErrorsRequired:P0} required)");
    }

    private static string[] Files(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(Suite, folder), "*.js");
        Array.Sort(files, StringComparer.Ordinal);
        Assert.NotEmpty(files);
        return files;
    }

    private static int OutdatedIn(string folder) => s_outdated.Keys.Count(k => k.StartsWith(folder, StringComparison.Ordinal));

    private static SourceType GoalOf(string name) =>
        name.Contains(".module.js", StringComparison.Ordinal) ? SourceType.Module : SourceType.Script;

    /// <summary>
    /// The ESTree JSON of a program without ranges, normalized for the comparison of twins. The
    /// pass-explicit files were printed by a code generator, which changes two things that are
    /// not structure: literals are reprinted (quotes, escapes, number forms: 0x10 becomes 16), so
    /// "raw" is dropped; and the comma operator is printed as a left-nested binary operator,
    /// "a, b, c" as "((a), (b)), (c)", so nested SequenceExpressions are flattened. "directive"
    /// is kept: it never differs once the twins are parsed correctly (checked with acorn).
    /// </summary>
    internal static string NormalizedTree(Ast.Program program, string source)
    {
        var json = JsonNode.Parse(EstreeWriter.Write(program, source, includeRanges: false), documentOptions: DeepJson.Document)!;
        Normalize(json);
        return json.ToJsonString(DeepJson.Serializer);
    }

    private static void Normalize(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
                Normalize(item);
        }
        else if (node is JsonObject obj)
        {
            obj.Remove("raw");
            foreach (var (_, value) in obj)
                Normalize(value);
            if ((string?)obj["type"] == "SequenceExpression" && obj["expressions"] is JsonArray expressions)
            {
                // Children are flat already; lift the expressions of a nested sequence one level.
                var items = expressions.ToList();
                expressions.Clear();
                foreach (var item in items)
                {
                    if (item is JsonObject inner && (string?)inner["type"] == "SequenceExpression"
                        && inner["expressions"] is JsonArray innerExpressions)
                    {
                        var innerItems = innerExpressions.ToList();
                        innerExpressions.Clear();
                        foreach (var innerItem in innerItems)
                            expressions.Add(innerItem);
                    }
                    else
                        expressions.Add(item);
                }
            }
        }
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        static string Around(string s, int at) => s.Substring(Math.Max(0, at - 60), Math.Min(s.Length, at + 60) - Math.Max(0, at - 60));
        return $"offset {i} of the JSON: …{Around(a, i)}… vs …{Around(b, i)}…";
    }
}
