// The outcome of one test page in Chromium: the in-page runner's lines, what the page and the
// browser reported as errors, and every request the static server answered. Problems() lists
// everything that fails the run; an empty list means the page passed.

using System.Text;

namespace Sharpack.Plugins.Tests.Browser;

/// <summary>What one run of a test page produced.</summary>
public sealed class PageRun
{
    /// <summary>Whether the in-page runner finished before the timeout.</summary>
    public required bool Finished { get; init; }

    /// <summary>How long the runner was given.</summary>
    public required TimeSpan Timeout { get; init; }

    /// <summary>"ok NAME" / "FAIL NAME: message" per test, then "N passed, N failed".</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>Tests that failed (0 when the runner did not finish).</summary>
    public required int Failed { get; init; }

    /// <summary>Uncaught errors, unhandled rejections and console.error calls seen by the page.</summary>
    public required IReadOnlyList<string> PageErrors { get; init; }

    /// <summary>The browser's severe log entries (console, network, uncaught), less the 404s the server was told to send.</summary>
    public required IReadOnlyList<string> BrowserErrors { get; init; }

    /// <summary>Every request answered, in order.</summary>
    public required IReadOnlyList<ServedRequest> Requests { get; init; }

    /// <summary>The paths the server deliberately answered with 404.</summary>
    public required IReadOnlySet<string> InjectedFailures { get; init; }

    /// <summary>Everything that fails the run: unfinished or failed tests, errors, unexpected responses, an asset loaded twice.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Finished)
            problems.Add($"the tests did not finish within {Timeout.TotalSeconds:0} s");
        if (Failed > 0)
            problems.Add($"{Failed} test(s) failed");
        problems.AddRange(PageErrors.Select(e => "page: " + e));
        problems.AddRange(BrowserErrors.Select(e => "browser log: " + e));
        foreach (var request in Requests)
        {
            if (request.Status != 200 && !InjectedFailures.Contains(request.Path))
                problems.Add($"{request.Path} was answered {request.Status}");
        }
        foreach (var group in Requests.Where(r => r.Status == 200).GroupBy(r => r.Path).Where(g => g.Count() > 1))
            problems.Add($"{group.Key} was loaded {group.Count()} times");
        return problems;
    }

    /// <summary>The problems, the runner's lines and the requests, for an assertion message.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        foreach (var problem in Problems())
            text.Append("problem: ").AppendLine(problem);
        foreach (var line in Lines)
            text.AppendLine(line);
        text.AppendLine("requests: " + string.Join(", ", Requests.Select(r => $"{r.Path} {r.Status}")));
        return text.ToString();
    }
}
