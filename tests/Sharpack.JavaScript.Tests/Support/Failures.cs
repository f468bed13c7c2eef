// Collects the failures of a test that checks many inputs at once, and turns them into one
// readable assertion message: the first 50 failures and how many there were in all.

using System.Collections.Concurrent;
using System.Text;

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>A thread-safe list of failure lines for one big test.</summary>
internal sealed class Failures
{
    private const int Shown = 50;
    private readonly ConcurrentBag<string> _lines = [];

    /// <summary>How many failures were added.</summary>
    public int Count => _lines.Count;

    /// <summary>Adds one failure (one line: the input and what went wrong).</summary>
    public void Add(string line) => _lines.Add(line.ReplaceLineEndings(" "));

    /// <summary>The failures in ordinal order, so messages are the same from run to run.</summary>
    public IReadOnlyList<string> Sorted()
    {
        var list = _lines.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>Fails the test with the first failures and the total, when there is any.</summary>
    public void ThrowIfAny(string what)
    {
        if (_lines.IsEmpty)
            return;
        var sorted = Sorted();
        var message = new StringBuilder();
        message.Append(sorted.Count).Append(' ').Append(what).AppendLine(":");
        foreach (var line in sorted.Take(Shown))
            message.Append("  ").AppendLine(line);
        if (sorted.Count > Shown)
            message.Append("  ... and ").Append(sorted.Count - Shown).AppendLine(" more");
        Assert.Fail(message.ToString());
    }
}
