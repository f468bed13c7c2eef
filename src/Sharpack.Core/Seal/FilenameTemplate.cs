// Fills [name], [id], [contenthash], [chunkhash] and [fullhash] (each hash with an optional
// :N length) in a filename template.

using System.Text;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.Seal;

internal static class FilenameTemplate
{
    public static string Render(string template, Chunk chunk, byte[] content, string fullHash)
    {
        var builder = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('[', i);
            if (open < 0) { builder.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf(']', open);
            if (close < 0) { builder.Append(template, i, template.Length - i); break; }
            builder.Append(template, i, open - i);
            var placeholder = template.AsSpan(open + 1, close - open - 1);
            var colon = placeholder.IndexOf(':');
            var key = colon < 0 ? placeholder : placeholder[..colon];
            var length = colon < 0 ? -1 : int.Parse(placeholder[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            string? value = key switch
            {
                "name" => chunk.Name ?? chunk.Id,
                "id" => chunk.Id,
                "contenthash" or "chunkhash" => ContentHash(content),
                "fullhash" or "hash" => fullHash.Length > 0 ? fullHash : ContentHash(content),
                _ => null,
            };
            if (value is null)
            {
                builder.Append(template, open, close - open + 1);
            }
            else
            {
                builder.Append(length > 0 && length < value.Length ? value[..length] : value);
            }
            i = close + 1;
        }
        return builder.ToString();
    }

    private static string ContentHash(byte[] content)
    {
        // FNV-1a 64 as a stand-in until the xxhash64 implementation lands.
        var hash = 14695981039346656037UL;
        foreach (var b in content)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
