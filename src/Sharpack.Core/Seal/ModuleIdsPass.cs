// module ids: `named` uses the readable path (development), `natural` the order of readable
// names, `deterministic` a short number derived from the readable name (stable across builds
// and machines, as webpack's DeterministicModuleIdsPlugin). Two modules may share a readable name
// (the same file with and without configured loaders); named ids then tell them apart as webpack's
// NamedModuleIdsPlugin does (assignNames: the name, `?`, a short hash of the full identifier).

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class ModuleIdsPass
{
    public static void Run(Compilation compilation)
    {
        var modules = new List<Module>(compilation.Graph.Modules);
        // Equal readable names (a file with and without loaders) are ordered by identifier, so ids do not depend on sort stability.
        modules.Sort(static (a, b) => string.CompareOrdinal(a.ReadableName, b.ReadableName) is var byName and not 0 ? byName : string.CompareOrdinal(a.Identifier, b.Identifier));
        switch (compilation.Options.Optimization.ModuleIds)
        {
            case "named":
                AssignNames(modules, compilation.Options.Context);
                break;
            case "deterministic":
                DeterministicIds.Assign(modules, static m => m.ReadableName, static (m, id) => m.Id = id);
                break;
            default:
                for (var i = 0; i < modules.Count; i++) modules[i].Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
        foreach (var chunk in compilation.Chunks)
            chunk.Modules.Sort((a, b) => CompareIds(a.Id, b.Id));
    }

    // Follows webpack lib/ids/IdHelpers.js (assignNames, getLongModuleName): a name two modules
    // share becomes `name?hash` (the hash of the identifier made relative; xxhash64 here, where
    // webpack uses output.hashFunction), and a name still shared gets an index.
    private static void AssignNames(List<Module> modules, string context)
    {
        // modules are sorted by readable name: equal names are neighbours.
        HashSet<string>? used = null;
        for (var i = 0; i < modules.Count; i++)
        {
            var name = modules[i].ReadableName;
            var end = i + 1;
            while (end < modules.Count && modules[end].ReadableName == name)
                end++;
            if (end == i + 1)
            {
                modules[i].Id = name;
                continue;
            }
            used ??= [.. modules.ConvertAll(m => m.ReadableName)];
            var group = modules.GetRange(i, end - i);
            group.Sort((a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
            var longNames = group.ConvertAll(m => name + "?" + ShortHash(RequestShortener.ShortenRequest(context, m.Identifier)));
            var index = 0;
            for (var j = 0; j < group.Count; j++)
            {
                var longName = longNames[j];
                var id = longName;
                if (used.Contains(id) || longNames.FindAll(n => n == longName).Count > 1)
                {
                    while (used.Contains(longName + index.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                        index++;
                    id = longName + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    index++;
                }
                used.Add(id);
                group[j].Id = id;
            }
            i = end - 1;
        }
    }

    private static string ShortHash(string text) =>
        Hashing.XxHash64.ToHex(Hashing.XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(text)), 4);

    /// <summary>Numeric ids order as numbers, others as strings.</summary>
    public static int CompareIds(string a, string b)
    {
        var aNumeric = long.TryParse(a, out var x);
        var bNumeric = long.TryParse(b, out var y);
        if (aNumeric && bNumeric) return x.CompareTo(y);
        if (aNumeric != bNumeric) return aNumeric ? -1 : 1;
        return string.CompareOrdinal(a, b);
    }
}
