// chunk ids: `named` (development) uses the chunk's name, or for an unnamed chunk a name made
// from its root modules (webpack's getShortChunkName: "src_async_js"); `deterministic` a short
// number hashed from that name; `natural` the chunk's index.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class ChunkIdsPass
{
    public static void Run(Compilation compilation)
    {
        var chunks = compilation.Chunks;
        switch (compilation.Options.Optimization.ChunkIds)
        {
            case "named":
                AssignNamed(chunks);
                break;
            case "deterministic":
                var named = new List<(Chunk Chunk, string Name)>(chunks.Count);
                foreach (var chunk in chunks) named.Add((chunk, chunk.Name ?? FullChunkName(chunk)));
                named.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                DeterministicIds.Assign(named, static c => c.Name, static (c, id) => c.Chunk.Id = id);
                break;
            default:
                for (var i = 0; i < chunks.Count; i++) chunks[i].Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
    }

    // Follows webpack lib/ids/NamedChunkIdsPlugin.js: names first, then short names from root
    // modules; clashing short names fall back to long names, then to a numeric suffix.
    private static void AssignNamed(List<Chunk> chunks)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var unnamed = new List<Chunk>();
        foreach (var chunk in chunks)
        {
            if (chunk.Name is not null && used.Add(chunk.Name)) chunk.Id = chunk.Name;
            else unnamed.Add(chunk);
        }
        var shortNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<string>(unnamed.Count);
        foreach (var chunk in unnamed)
        {
            var name = ShortChunkName(chunk);
            candidates.Add(name);
            shortNames[name] = shortNames.GetValueOrDefault(name) + 1;
        }
        for (var i = 0; i < unnamed.Count; i++)
        {
            var name = candidates[i];
            if (shortNames[name] > 1 || used.Contains(name)) name = Shorten(RequestToId(FullChunkName(unnamed[i])));
            var unique = name;
            for (var n = 1; !used.Add(unique); n++) unique = name + "-" + n;
            unnamed[i].Id = unique;
        }
    }

    private static string ShortChunkName(Chunk chunk)
    {
        var names = new List<string>();
        foreach (var module in RootModules(chunk)) names.Add(RequestToId(module.ReadableName));
        return Shorten(string.Join('-', names));
    }

    private static string FullChunkName(Chunk chunk)
    {
        var names = new List<string>();
        foreach (var module in RootModules(chunk)) names.Add(module.ReadableName);
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
        roots.Sort((a, b) => string.CompareOrdinal(a.ReadableName, b.ReadableName));
        return roots;
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

    // webpack's shortenLongString: names of 100 characters or more keep a prefix and a hash.
    private static string Shorten(string name)
    {
        if (name.Length < 100) return name;
        var hash = Hashing.XxHash64.ToHex(Hashing.XxHash64.Hash(Encoding.UTF8.GetBytes(name)));
        return name[..(100 - 6 - 1)] + "-" + hash[..6];
    }
}
