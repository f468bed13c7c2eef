// module ids: the ids are assigned by plugins on the moduleIds hooks (the one chosen by
// optimization.moduleIds, or a user's); this pass checks that every module in a chunk got one
// and orders each chunk's modules by id.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class ModuleIdsPass
{
    public static void Run(Compilation compilation)
    {
        var missing = new List<string>();
        foreach (var chunk in compilation.Chunks)
        {
            foreach (var module in chunk.Modules)
            {
                if (module.Id.Length == 0 && !missing.Contains(module.ReadableName))
                    missing.Add(module.ReadableName);
            }
            chunk.ModuleList.Sort(static (a, b) => CompareIds(a.Id, b.Id));
        }
        // One error, and none when an id plugin already reported why it assigned none.
        if (missing.Count > 0 && compilation.Errors.Count == 0)
        {
            compilation.Errors.Add(new Stats.BuildDiagnostic(
                $"{missing.Count} module(s) have no id ({string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", …" : "")}): " +
                "no plugin on the moduleIds hooks assigned one (optimization.moduleIds: false needs a plugin that does)."));
        }
    }

    /// <summary>Numeric ids order as numbers, others as strings.</summary>
    public static int CompareIds(string a, string b)
    {
        var aNumeric = TryParseId(a, out var x);
        var bNumeric = TryParseId(b, out var y);
        if (aNumeric && bNumeric) return x.CompareTo(y);
        if (aNumeric != bNumeric) return aNumeric ? -1 : 1;
        return string.CompareOrdinal(a, b);
    }

    // PERF: the ids sorts compare every pair twice; a named id ("./src/a.js") fails at its first
    // character instead of going through the culture-aware number parser.
    private static bool TryParseId(string id, out long value)
    {
        value = 0;
        if (id.Length == 0 || id.Length > 18)
            return id.Length > 18 && char.IsAsciiDigit(id[0]) && long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
