// Fills [name], [id], [contenthash] (the rendered bytes' hash: webpack's realContentHash),
// [chunkhash] (the chunk's hash) and [fullhash] in a filename template; a hash
// may take a digest and a length, as in webpack's TemplatedPathPlugin: [contenthash:8],
// [contenthash:base64url:8]. Digests: hex, base64, base64url (base64safe) and webpack's
// base26/32/36/49/52/58/62 (lib/util/hash/hash-digest.js). Hashes come from output.hashFunction
// in output.hashDigest and are cut to output.hashDigestLength unless a length is given.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hashing;

namespace Sharpack.Core.Seal;

/// <summary>Fills a chunk file name template: [name], [id], [runtime], [contenthash], [chunkhash], [fullhash].</summary>
public static class FilenameTemplate
{
    /// <summary>
    /// Fills <paramref name="template"/> for <paramref name="chunk"/>, whose rendered bytes are
    /// <paramref name="content"/>; hashes use <paramref name="output"/>'s hash options (webpack's
    /// defaults when null) and, without a length, are cut to its hashDigestLength.
    /// </summary>
    public static string Render(string template, Chunk chunk, byte[] content, string fullHash, Options.OutputOptions? output = null) =>
        Render(template, chunk, content, fullHash, output, null);

    /// <summary>
    /// <see cref="Render(string, Chunk, byte[], string, Options.OutputOptions?)"/>, adding each content hash the
    /// name carries to <paramref name="contentHashes"/> with the digest it is written in.
    /// </summary>
    public static string Render(string template, Chunk chunk, byte[] content, string fullHash, Options.OutputOptions? output, List<(string Hash, string Digest)>? contentHashes)
    {
        var builder = new StringBuilder(template.Length + 16);
        var defaultLength = output?.HashDigestLength ?? 20;
        var outputDigest = output?.HashDigest ?? "hex";
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('[', i);
            if (open < 0) { builder.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf(']', open);
            if (close < 0) { builder.Append(template, i, template.Length - i); break; }
            builder.Append(template, i, open - i);
            var placeholder = template.AsSpan(open + 1, close - open - 1);
            string? value = null;
            var length = -1;
            if (Parse(placeholder, out var key, out var digest, out length))
            {
                value = key switch
                {
                    "name" => chunk.Name ?? chunk.Id,
                    "id" => chunk.Id,
                    // webpack: the runtime's name made safe for a path (prepareId), "_" for several runtimes.
                    "runtime" => chunk.Runtime is { Count: 1 } single ? PrepareId(single.Names[0]) : "_",
                    "contenthash" => ContentHash(content, output, digest ?? outputDigest),
                    // The chunk's hash when the hashing pass has run; before it (and for a chunk
                    // it did not hash), what the chunk renders.
                    "chunkhash" => chunk.Hash is { } chunkHash ? Digest(chunkHash, outputDigest, digest) : ContentHash(content, output, digest ?? outputDigest),
                    "fullhash" or "hash" => fullHash.Length > 0 ? Digest(fullHash, outputDigest, digest) : ContentHash(content, output, digest ?? outputDigest),
                    _ => null,
                };
                if (length < 0 && key is "contenthash" or "chunkhash" or "fullhash" or "hash")
                    length = defaultLength;
            }
            if (value is null)
            {
                builder.Append(template, open, close - open + 1);
            }
            else
            {
                var written = length > 0 && length < value.Length ? value[..length] : value;
                if (key == "contenthash" && contentHashes is not null)
                    contentHashes.Add((written, digest ?? outputDigest));
                builder.Append(written);
            }
            i = close + 1;
        }
        return builder.ToString();
    }

    // webpack's prepareId: runs of characters other than letters, digits, _ and - (and a leading . or -) become "_".
    private static string PrepareId(string id)
    {
        var builder = new StringBuilder(id.Length);
        var inRun = false;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var unsafeChar = !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-') || (builder.Length == 0 && !inRun && c is '.' or '-');
            if (unsafeChar)
            {
                if (!inRun)
                    builder.Append('_');
                inRun = true;
            }
            else
            {
                builder.Append(c);
                inRun = false;
            }
        }
        return builder.ToString();
    }

    /// <summary>The digests a hash placeholder may ask for.</summary>
    public static bool IsSupportedDigest(string digest) => digest is "hex" or "base64" or "base64url" or "base64safe" || (HashDigest.IsSupported(digest) && digest is not ("latin1" or "binary"));

    /// <summary>
    /// Reads <c>key</c>, <c>key:length</c>, <c>key:digest</c> or <c>key:digest:length</c>; false
    /// for anything else (left in the name as written).
    /// </summary>
    public static bool Parse(ReadOnlySpan<char> placeholder, out string key, out string? digest, out int length)
    {
        digest = null;
        length = -1;
        var colon = placeholder.IndexOf(':');
        key = (colon < 0 ? placeholder : placeholder[..colon]).ToString();
        if (colon < 0)
            return true;
        var rest = placeholder[(colon + 1)..];
        var second = rest.IndexOf(':');
        var first = second < 0 ? rest : rest[..second];
        if (int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length))
            return second < 0;
        digest = first.ToString();
        if (second < 0)
            return true;
        return int.TryParse(rest[(second + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length);
    }

    // A hash written in output.hashDigest, in the digest a placeholder asks for (webpack's
    // reEncodeDigest); only a hex hash can be read back into bytes.
    internal static string Digest(string hash, string hashDigest, string? digest)
    {
        if (digest is null || digest == hashDigest || hashDigest != "hex" || !IsSupportedDigest(digest))
            return hash;
        return HashDigest.Encode(Convert.FromHexString(hash), digest);
    }

    /// <summary>The content hash of <paramref name="content"/> as a chunk carries it: in output.hashDigest, cut to output.hashDigestLength.</summary>
    public static string ContentHashOf(byte[] content, Options.OutputOptions output)
    {
        var hash = ContentHash(content, output, output.HashDigest);
        return output.HashDigestLength < hash.Length ? hash[..output.HashDigestLength] : hash;
    }

    private static string ContentHash(byte[] content, Options.OutputOptions? output, string digest)
    {
        var hash = output is null ? new XxHash64() : Hashing.Hash.Create(output);
        hash.Append(content);
        return hash.Digest(IsSupportedDigest(digest) || HashDigest.IsSupported(digest) ? digest : "hex");
    }
}
