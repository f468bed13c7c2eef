// Follows webpack lib/ids/NamedModuleIdsPlugin.js: a module's id is its readable path
// (`optimization.moduleIds: "named"`, the development default). Two modules may share a readable
// name (the same file with and without configured loaders); they are told apart as webpack's
// assignNames does: the name, `?`, a short hash of the identifier made relative (xxhash64 here,
// where webpack uses output.hashFunction), and an index when that is still shared.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Ids;

/// <summary>Module ids from readable paths.</summary>
public sealed class NamedModuleIdsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("NamedModuleIdsPlugin", (compilation, _) =>
            compilation.Hooks.ModuleIds.Tap("NamedModuleIdsPlugin", modules =>
            {
                var (without, used) = IdHelpers.ModulesWithoutIds(modules);
                AssignNames(compilation, without, used);
            }));

    // `modules` are sorted by readable name: equal names are neighbours.
    private static void AssignNames(Compilation compilation, List<Module> modules, HashSet<string> used)
    {
        foreach (var module in modules)
            used.Add(module.LibIdent);
        var context = compilation.Options.Context;
        for (var i = 0; i < modules.Count; i++)
        {
            var name = modules[i].LibIdent;
            var end = i + 1;
            while (end < modules.Count && modules[end].LibIdent == name)
                end++;
            if (end == i + 1)
            {
                compilation.ChunkGraph.SetModuleId(modules[i], name);
                continue;
            }
            var group = modules.GetRange(i, end - i);
            group.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
            var longNames = group.ConvertAll(m => name + "?" + IdHelpers.ShortHash(RequestShortener.ShortenRequest(context, m.Identifier), compilation.Options.Output));
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
                compilation.ChunkGraph.SetModuleId(group[j], id);
            }
            i = end - 1;
        }
    }
}
