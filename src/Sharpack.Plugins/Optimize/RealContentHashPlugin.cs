// Follows webpack lib/optimize/RealContentHashPlugin.js (optimization.realContentHash, on in
// production): at processAssets (stage optimize-hash), after minification, source maps and the
// names analyzable output filled in, each content hash in an asset's name is computed again from
// what the assets owning it finally hold. An asset's text may name other assets by their hashes
// (a runtime's chunk map, a source map's "file"): those are replaced by the new hashes first, so
// hashes are settled in dependency order (a cycle is an error), and an asset's own hash inside
// its text is left out of its own. Then every asset's text and name take the new hashes.

using System.Buffers;
using System.Text;
using Sharpack.Core;
using Sharpack.Core.Hashing;
using Sharpack.Core.Hooks;
using Sharpack.Core.Stats;
using Sharpack.Sources;

namespace Sharpack.Plugins.Optimize;

/// <summary>Recomputes content hashes from the assets' final content.</summary>
public sealed class RealContentHashPlugin : IPlugin
{
    private const string Name = "RealContentHashPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
            compilation.Hooks.ProcessAssets.Tap(new TapOptions(Name) { Stage = Compilation.ProcessAssetsStageOptimizeHash }, _ => Run(compilation)));
    }

    private sealed class Entry(string name, Asset asset, string? content)
    {
        public string Name { get; } = name;
        public Asset Asset { get; } = asset;
        public string? Content { get; } = content;
        public HashSet<string> Own { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);
        public List<(int Index, string Hash)> Matches { get; } = [];
    }

    private static void Run(Compilation compilation)
    {
        var entries = new List<Entry>(compilation.Assets.Count);
        var owners = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, asset) in compilation.Assets)
        {
            // A binary asset (an image) names no other asset; its own hash is still computed from it.
            var content = asset.Source is RawSource { IsBuffer: true } ? null : asset.Source.GetText();
            var entry = new Entry(name, asset, content);
            entries.Add(entry);
            foreach (var hash in asset.Info.ContentHash)
            {
                if (!owners.TryGetValue(hash, out var list))
                    owners[hash] = list = [];
                if (!list.Contains(entry))
                    list.Add(entry);
            }
            foreach (var (hash, digest) in asset.Info.ContentHashDigest)
                digests[hash] = digest;
        }
        if (owners.Count == 0)
            return;
        var keys = new string[owners.Count];
        owners.Keys.CopyTo(keys, 0);
        var search = SearchValues.Create(keys, StringComparison.Ordinal);
        Parallel.ForEach(entries, entry =>
        {
            if (entry.Content is null)
                return;
            var ownHashes = new HashSet<string>(entry.Asset.Info.ContentHash, StringComparer.Ordinal);
            foreach (var (index, hash) in Find(entry.Content, search, owners))
            {
                entry.Matches.Add((index, hash));
                (ownHashes.Contains(hash) ? entry.Own : entry.Referenced).Add(hash);
            }
        });
        // webpack's getDependencies: what the content of the assets owning a hash names.
        HashSet<string> Dependencies(string hash)
        {
            var dependencies = new HashSet<string>(StringComparer.Ordinal);
            foreach (var owner in owners[hash])
            {
                if (!owner.Own.Contains(hash))
                    dependencies.UnionWith(owner.Own);
                dependencies.UnionWith(owner.Referenced);
            }
            return dependencies;
        }
        var ordered = new List<string>(keys.Length);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var stack = new List<string>();
        bool Add(string hash)
        {
            stack.Add(hash);
            foreach (var dependency in Dependencies(hash))
            {
                if (placed.Contains(dependency))
                    continue;
                if (stack.Contains(dependency))
                {
                    var cycle = new StringBuilder("Circular hash dependency ");
                    foreach (var member in stack)
                        cycle.Append(HashInfo(member)).Append(" -> ");
                    compilation.Errors.Add(new BuildDiagnostic(cycle.Append(HashInfo(dependency)).ToString()));
                    return false;
                }
                if (!Add(dependency))
                    return false;
            }
            placed.Add(hash);
            ordered.Add(hash);
            stack.RemoveAt(stack.Count - 1);
            return true;
        }
        string HashInfo(string hash)
        {
            var names = new List<string>();
            foreach (var owner in owners[hash])
                names.Add(owner.Name);
            return hash + " (" + string.Join(",", names) + ")";
        }
        foreach (var hash in keys)
        {
            if (!placed.Contains(hash) && !Add(hash))
                return;
        }
        var output = compilation.Options.Output;
        var newHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var oldHash in ordered)
        {
            var assets = owners[oldHash];
            assets.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            var hash = Hash.Create(output);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            List<byte[]>? seenBytes = null;
            foreach (var asset in assets)
            {
                if (asset.Content is null)
                {
                    // Identical files (one asset under two queries) count once too.
                    var bytes = asset.Asset.Source.GetBuffer();
                    seenBytes ??= [];
                    if (!seenBytes.Exists(other => other.AsSpan().SequenceEqual(bytes)))
                    {
                        seenBytes.Add(bytes);
                        hash.Append(bytes);
                    }
                    continue;
                }
                // Identical contents count once (webpack's mapAndDeduplicateSourceBuffers).
                var content = Replace(asset, newHashes, dropOwn: asset.Own.Contains(oldHash));
                if (seen.Add(content))
                    hash.Append(Encoding.UTF8.GetBytes(content));
            }
            var digest = hash.Digest(digests.TryGetValue(oldHash, out var own) ? own : output.HashDigest);
            newHashes[oldHash] = digest.Length > oldHash.Length ? digest[..oldHash.Length] : digest;
        }
        foreach (var entry in entries)
        {
            var changed = entry.Content is not null && (entry.Own.Count > 0 || AnyChanged(entry.Referenced, newHashes));
            var info = entry.Asset.Info;
            var contentHashes = new List<string>(info.ContentHash.Count);
            foreach (var hash in info.ContentHash)
                contentHashes.Add(newHashes.GetValueOrDefault(hash, hash));
            var digestsByNewHash = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (hash, digest) in info.ContentHashDigest)
                digestsByNewHash[newHashes.GetValueOrDefault(hash, hash)] = digest;
            var updatedInfo = info with { ContentHash = contentHashes, ContentHashDigest = digestsByNewHash };
            if (changed)
            {
                var text = Replace(entry, newHashes, dropOwn: false);
                compilation.UpdateAsset(entry.Name, _ => new RawSource(text), _ => updatedInfo);
            }
            else
            {
                compilation.UpdateAsset(entry.Name, static source => source, _ => updatedInfo);
            }
            var newName = ReplaceAll(entry.Name, search, owners, newHashes);
            if (newName != entry.Name)
                compilation.RenameAsset(entry.Name, newName);
        }
    }

    private static bool AnyChanged(HashSet<string> hashes, Dictionary<string, string> newHashes)
    {
        foreach (var hash in hashes)
        {
            if (newHashes.TryGetValue(hash, out var replacement) && replacement != hash)
                return true;
        }
        return false;
    }

    // The asset's text with each hash it names replaced by its new one (its own left out when hashing it).
    private static string Replace(Entry entry, Dictionary<string, string> newHashes, bool dropOwn)
    {
        var content = entry.Content!;
        if (entry.Matches.Count == 0)
            return content;
        var builder = new StringBuilder(content.Length);
        var last = 0;
        foreach (var (index, hash) in entry.Matches)
        {
            builder.Append(content, last, index - last);
            builder.Append(dropOwn && entry.Own.Contains(hash) ? "" : newHashes.GetValueOrDefault(hash, hash));
            last = index + hash.Length;
        }
        return builder.Append(content, last, content.Length - last).ToString();
    }

    private static string ReplaceAll(string text, SearchValues<string> search, Dictionary<string, List<Entry>> owners, Dictionary<string, string> newHashes)
    {
        StringBuilder? builder = null;
        var last = 0;
        foreach (var (index, hash) in Find(text, search, owners))
        {
            builder ??= new StringBuilder(text.Length);
            builder.Append(text, last, index - last).Append(newHashes.GetValueOrDefault(hash, hash));
            last = index + hash.Length;
        }
        return builder is null ? text : builder.Append(text, last, text.Length - last).ToString();
    }

    // Every occurrence of a known hash, left to right, not overlapping (webpack's global alternation regex);
    // where two hashes start at one place the longer is taken.
    private static IEnumerable<(int Index, string Hash)> Find(string text, SearchValues<string> search, Dictionary<string, List<Entry>> owners)
    {
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(search);
            if (found < 0)
                yield break;
            var index = position + found;
            string? match = null;
            foreach (var hash in owners.Keys)
            {
                if ((match is null || hash.Length > match.Length) && text.AsSpan(index).StartsWith(hash, StringComparison.Ordinal))
                    match = hash;
            }
            yield return (index, match!);
            position = index + match!.Length;
        }
    }
}
