// module ids: `named` uses the readable path (development), `natural` the order of readable
// names, `deterministic` a short number derived from the readable name (stable across builds
// and machines, as webpack's DeterministicModuleIdsPlugin); `false` assigns none, leaving them to
// a plugin on the moduleIds hook. A chunk's modules are then ordered by id.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class ModuleIdsPass
{
    public static void Run(Compilation compilation)
    {
        var modules = new List<Module>(compilation.Graph.Modules);
        modules.Sort((a, b) => string.CompareOrdinal(a.ReadableName, b.ReadableName));
        switch (compilation.Options.Optimization.ModuleIds)
        {
            case "named":
                foreach (var module in modules) module.Id = module.ReadableName;
                break;
            case "deterministic":
                DeterministicIds.Assign(modules, static m => m.ReadableName, static (m, id) => m.Id = id);
                break;
            case null:
                break;
            default:
                for (var i = 0; i < modules.Count; i++) modules[i].Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
    }

    /// <summary>Orders each chunk's modules by id, once the ids are final.</summary>
    public static void SortChunkModules(Compilation compilation)
    {
        foreach (var chunk in compilation.Chunks)
            chunk.Modules.Sort((a, b) => CompareIds(a.Id, b.Id));
    }

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
