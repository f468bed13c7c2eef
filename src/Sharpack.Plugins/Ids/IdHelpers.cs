// Follows webpack lib/ids/IdHelpers.js: the helpers the id plugins share — which modules and
// chunks still need an id and which ids are taken (a plugin that ran before, e.g. a user's,
// wins), short numeric ids from names (Core's DeterministicIds with webpack's defaults),
// requestToId and shortenLongString for names made from module paths.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;

namespace Sharpack.Plugins.Ids;

internal static class IdHelpers
{
    /// <summary>The modules without an id, sorted by readable name, and the ids already used.</summary>
    public static (List<Module> Modules, HashSet<string> UsedIds) ModulesWithoutIds(IReadOnlyList<Module> modules)
    {
        var without = new List<Module>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (module.IsRemoved) continue;
            if (module.Id.Length == 0) without.Add(module);
            else used.Add(module.Id);
        }
        // Equal readable names (a file with and without loaders) are ordered by identifier, so ids do not depend on sort stability.
        without.Sort(static (a, b) => string.CompareOrdinal(a.LibIdent, b.LibIdent) is var byName and not 0 ? byName : string.CompareOrdinal(a.Identifier, b.Identifier));
        return (without, used);
    }

    /// <summary>
    /// webpack's getUsedModuleIdsAndModules: the ids the chunk graph already gives, and the modules
    /// without one that <paramref name="accept"/> takes (all when null). Unlike webpack, a module in
    /// no chunk is among them (a weak dependency's code names its id).
    /// </summary>
    public static (HashSet<string> UsedIds, List<Module> Modules) UsedModuleIdsAndModules(Sharpack.Core.Compilation compilation, Func<Module, bool>? accept)
    {
        var chunkGraph = compilation.ChunkGraph;
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var modules = new List<Module>();
        foreach (var module in compilation.Graph.Modules)
        {
            if (module.IsRemoved)
                continue;
            if (chunkGraph.GetModuleId(module) is { } id)
                usedIds.Add(id);
            else if (accept is null || accept(module))
                modules.Add(module);
        }
        return (usedIds, modules);
    }

    /// <summary>The chunks without an id, in chunk order, and the ids already used.</summary>
    public static (List<Chunk> Chunks, HashSet<string> UsedIds) ChunksWithoutIds(IReadOnlyList<Chunk> chunks)
    {
        var without = new List<Chunk>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            if (chunk.Id.Length == 0) without.Add(chunk);
            else used.Add(chunk.Id);
        }
        return (without, used);
    }

    /// <summary>Assigns short numeric ids hashed from each item's name (webpack's defaults), avoiding <paramref name="usedIds"/>.</summary>
    public static void AssignDeterministicIds<T>(List<T> items, Func<T, string> name, Action<T, string> assign, HashSet<string> usedIds) =>
        DeterministicIds.Assign(items, name, (item, id) =>
        {
            if (!usedIds.Add(id))
                return false;
            assign(item, id);
            return true;
        }, [1000], 10, usedIds.Count, 0);

    /// <summary>Assigns 0, 1, 2… in order, skipping <paramref name="usedIds"/>.</summary>
    public static void AssignAscendingIds<T>(List<T> items, Action<T, string> assign, HashSet<string> usedIds)
    {
        var next = 0;
        foreach (var item in items)
        {
            string id;
            do id = (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            while (usedIds.Contains(id));
            assign(item, id);
        }
    }

    /// <summary>webpack's compareStringsNumeric: ordinal, except that runs of digits compare as numbers ("a2" before "a10").</summary>
    public static int CompareStringsNumeric(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var aChar = a[i];
            var bChar = b[j];
            var aDigit = char.IsAsciiDigit(aChar);
            var bDigit = char.IsAsciiDigit(bChar);
            if (!aDigit && !bDigit)
            {
                if (aChar != bChar) return aChar < bChar ? -1 : 1;
                i++;
                j++;
            }
            else if (aDigit != bDigit)
            {
                // The digit run of one is where the other has text: the text comes first.
                return aDigit ? 1 : -1;
            }
            else
            {
                double aNumber = aChar - '0', bNumber = bChar - '0';
                while (++i < a.Length && char.IsAsciiDigit(a[i])) aNumber = aNumber * 10 + a[i] - '0';
                while (++j < b.Length && char.IsAsciiDigit(b[j])) bNumber = bNumber * 10 + b[j] - '0';
                if (aNumber != bNumber) return aNumber < bNumber ? -1 : 1;
            }
        }
        if (j < b.Length) return char.IsAsciiDigit(b[j]) ? -1 : 1;
        if (i < a.Length) return char.IsAsciiDigit(a[i]) ? 1 : -1;
        return 0;
    }

    /// <summary>webpack's requestToId: strip leading ./ and ../, then every run of other characters becomes "_".</summary>
    internal static string RequestToId(string request)
    {
        var start = 0;
        while (true)
        {
            if (request.AsSpan(start).StartsWith("./", StringComparison.Ordinal)) start += 2;
            else if (request.AsSpan(start).StartsWith("../", StringComparison.Ordinal)) start += 3;
            else break;
        }
        var builder = new StringBuilder(request.Length - start);
        var inRun = false;
        for (var i = start; i < request.Length; i++)
        {
            var c = request[i];
            var valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (c == '-' && i > start);
            if (valid) { builder.Append(c); inRun = false; }
            else if (!inRun) { builder.Append('_'); inRun = true; }
        }
        return builder.ToString();
    }

    /// <summary>webpack's shortenLongString: names of 100 characters or more keep a prefix and a hash.</summary>
    internal static string Shorten(string name, OutputOptions output)
    {
        if (name.Length < 100) return name;
        return name[..(100 - 6 - 1)] + "-" + Sharpack.Core.Hashing.Hash.ShortHex(output, name, 6);
    }

    // webpack's getShortModuleName: the module's libIdent, which a concatenated module takes from its root.
    private static string ShortModuleName(Module module) => module.MergedRoot?.LibIdent ?? module.LibIdent;

    /// <summary>webpack's getShortChunkName: the chunk's id name hints and root modules' ids joined by "-".</summary>
    internal static string ShortChunkName(Chunk chunk, OutputOptions output)
    {
        var names = new List<string>();
        foreach (var hint in chunk.IdNameHints)
        {
            if (hint.Length > 0) names.Add(hint);
        }
        foreach (var module in RootModules(chunk)) names.Add(RequestToId(ShortModuleName(module)));
        return Shorten(string.Join('-', names), output);
    }

    /// <summary>
    /// webpack's getLongChunkName: the root modules' short names, then each one's long name
    /// (<c>?</c> and a 4-character hash of its full name, made an id), joined by "-".
    /// </summary>
    internal static string LongChunkName(Chunk chunk, string context, OutputOptions output)
    {
        var roots = RootModules(chunk);
        var names = new List<string>((roots.Count * 2) + chunk.IdNameHints.Count);
        foreach (var hint in chunk.IdNameHints)
        {
            if (hint.Length > 0) names.Add(hint);
        }
        foreach (var module in roots) names.Add(RequestToId(ShortModuleName(module)));
        foreach (var module in roots) names.Add(RequestToId("?" + ShortHash(RequestShortener.FullModuleName(module.Identifier, context), output)));
        return Shorten(string.Join('-', names), output);
    }

    /// <summary>webpack's compareChunksNatural: by name, then by the ids of their modules, in id order.</summary>
    internal static int CompareChunksNatural(Chunk a, Chunk b)
    {
        // webpack's compareIds on the names: a name (a string) sorts before none (undefined).
        if ((a.Name is null) != (b.Name is null)) return a.Name is null ? 1 : -1;
        var order = string.CompareOrdinal(a.Name, b.Name);
        if (order != 0) return order;
        var idsA = SortedModuleIds(a);
        var idsB = SortedModuleIds(b);
        for (var i = 0; i < idsA.Count && i < idsB.Count; i++)
        {
            order = Chunk.CompareIds(idsA[i], idsB[i]);
            if (order != 0) return order;
        }
        return idsA.Count.CompareTo(idsB.Count);
    }

    private static List<string> SortedModuleIds(Chunk chunk)
    {
        var ids = new List<string>(chunk.Modules.Count);
        foreach (var module in chunk.Modules) ids.Add(module.Id);
        ids.Sort(Chunk.CompareIds);
        return ids;
    }

    /// <summary>webpack's compareModulesByPreOrderIndexOrIdentifier: modules with a pre-order index first, in that order, then by identifier.</summary>
    internal static int CompareByPreOrderIndexOrIdentifier(Sharpack.Core.ModuleGraph.ModuleGraph moduleGraph, Module a, Module b)
    {
        var indexA = moduleGraph.GetPreOrderIndex(a);
        var indexB = moduleGraph.GetPreOrderIndex(b);
        if ((indexA < 0) != (indexB < 0)) return indexA < 0 ? 1 : -1;
        var order = indexA.CompareTo(indexB);
        return order != 0 ? order : Chunk.CompareIds(a.Identifier, b.Identifier);
    }

    /// <summary>webpack's getHash(text, 4) for the long names of modules and chunks (xxhash64 here, where webpack uses output.hashFunction).</summary>
    internal static string ShortHash(string text, OutputOptions output) => Sharpack.Core.Hashing.Hash.ShortHex(output, text, 4);

    /// <summary>The chunk's root modules' readable names joined by ",".</summary>
    internal static string FullChunkName(Chunk chunk)
    {
        var names = new List<string>();
        foreach (var module in RootModules(chunk)) names.Add(module.LibIdent);
        return string.Join(',', names);
    }

    // Modules of the chunk no other module of the chunk depends on (all of them in a cycle), by name.
    private static List<Module> RootModules(Chunk chunk)
    {
        var members = new HashSet<Module>(chunk.Modules);
        var referenced = new HashSet<Module>();
        foreach (var module in chunk.Modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (dependency.Block is null && dependency.Target is { } target && target != module && members.Contains(target))
                    referenced.Add(target);
            }
        }
        var roots = new List<Module>();
        foreach (var module in chunk.Modules)
        {
            if (!referenced.Contains(module)) roots.Add(module);
        }
        if (roots.Count == 0) roots.AddRange(chunk.Modules);
        roots.Sort((a, b) => string.CompareOrdinal(a.LibIdent, b.LibIdent));
        return roots;
    }
}
