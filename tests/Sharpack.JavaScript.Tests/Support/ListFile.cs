// Reads the small list files kept next to the tests (allow-lists, known differences): one entry a
// line, "ENTRY  # reason"; blank lines and lines starting with '#' are ignored.

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>Reads "entry  # reason" list files.</summary>
internal static class ListFile
{
    /// <summary>Entries mapped to their reasons (empty when the file does not exist).</summary>
    public static Dictionary<string, string> Read(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return entries;
        foreach (var rawLine in File.ReadLines(path))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            entries[entry] = reason;
        }
        return entries;
    }
}
