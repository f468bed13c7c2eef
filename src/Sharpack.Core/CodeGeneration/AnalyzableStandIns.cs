// The stand-ins of webpack's AnalyzableChunkHashPlugin: a name code generation cannot settle (a
// hashed chunk file, a path back to the output root that differs per asset, a public path that
// reads the compilation hash) is written as `./@@webpackAnalyzableChunk:<base64url JSON>@@`, which
// looks like a relative specifier and carries the recipe for the name, and the compilation hash
// inside an otherwise resolved name as `@@webpackFullHash[-length]@@`. A pass at processAssets
// (stage derived) fills them in once the hashes exist.

using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Sharpack.Core.CodeGeneration;

/// <summary>One piece of a name only the deferred pass can spell (webpack's SpecifierPart).</summary>
/// <param name="Kind">
/// <c>literal</c> (text as it stands), <c>undo</c> (the path from the asset holding it back to the output root),
/// <c>template</c> (a path template resolved once the hashes exist), <c>publicPath</c> (output.publicPath resolved then),
/// <c>chunk</c> (the file the chunk with this id is emitted as), <c>base</c> (the URL the rest is resolved against).
/// </param>
/// <param name="Value">The part's text, or the chunk id.</param>
public readonly record struct SpecifierPart(string Kind, string Value)
{
    /// <summary>Text the deferred pass adds nothing to.</summary>
    public bool IsLiteral => Kind == AnalyzableStandIns.Literal;
}

/// <summary>Writes and reads the stand-ins analyzable ES module output leaves for the deferred pass.</summary>
public static class AnalyzableStandIns
{
    /// <summary>Text as it stands.</summary>
    public const string Literal = "literal";

    /// <summary>The path from the asset holding the stand-in back to the output root.</summary>
    public const string Undo = "undo";

    /// <summary>A path template resolved once the hashes exist.</summary>
    public const string Template = "template";

    /// <summary>output.publicPath resolved once the hashes exist.</summary>
    public const string PublicPath = "publicPath";

    /// <summary>The javascript file of the chunk with this id.</summary>
    public const string Chunk = "chunk";

    /// <summary>The absolute URL everything else is resolved against.</summary>
    public const string Base = "base";

    /// <summary>What every chunk stand-in starts with.</summary>
    public const string ChunkTokenPrefix = "./@@webpackAnalyzableChunk:";

    /// <summary>What every compilation-hash stand-in starts with.</summary>
    public const string FullHashTokenPrefix = "@@webpackFullHash";

    /// <summary>The stand-in for a name built from <paramref name="parts"/>.</summary>
    public static string Reserve(IReadOnlyList<SpecifierPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var part in parts)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(part.Kind);
                writer.WriteStringValue(part.Value);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return ChunkTokenPrefix + Base64Url.EncodeToString(buffer.WrittenSpan) + "@@";
    }

    /// <summary>The parts a stand-in's payload spells, or null when it is not one of ours (source may spell the token too).</summary>
    public static List<SpecifierPart>? Read(ReadOnlySpan<char> payload)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(payload);
        }
        catch (FormatException)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return null;
            var parts = new List<SpecifierPart>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2)
                    return null;
                var kind = element[0];
                var value = element[1];
                if (kind.ValueKind != JsonValueKind.String || !IsKind(kind.GetString()!))
                    return null;
                // Only a chunk id may be a number; the rest are read as text.
                string text;
                if (value.ValueKind == JsonValueKind.String)
                    text = value.GetString()!;
                else if (value.ValueKind == JsonValueKind.Number && kind.GetString() == Chunk)
                    text = value.GetRawText();
                else
                    return null;
                parts.Add(new SpecifierPart(kind.GetString()!, text));
            }
            return parts;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsKind(string kind) => kind is Literal or Undo or Template or PublicPath or Chunk or Base;

    /// <summary>The stand-in for the compilation hash, cut to <paramref name="length"/> when one is asked for.</summary>
    public static string ReserveFullHash(int length = -1) =>
        length < 0 ? FullHashTokenPrefix + "@@" : FullHashTokenPrefix + "-" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@@";

    /// <summary>Whether <paramref name="text"/> still carries a compilation-hash stand-in.</summary>
    public static bool HasReservedFullHash(string text) => text.Contains(FullHashTokenPrefix, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="template"/> with its <c>[fullhash]</c>/<c>[hash]</c> placeholders as stand-ins (the rest left as
    /// written), or null when one re-encodes the hash to another digest, which no stand-in can carry
    /// (webpack's usesFullHashDigest).
    /// </summary>
    public static string? DeferFullHash(string template)
    {
        var deferrable = true;
        var result = Seal.PathPlaceholders.Replace(template, (key, argument, hasArgument) =>
        {
            if (key is not ("fullhash" or "hash"))
                return null;
            if (!hasArgument)
                return ReserveFullHash();
            var length = Seal.PathPlaceholders.Length(argument);
            if (length < 0)
            {
                deferrable = false;
                return null;
            }
            return ReserveFullHash(length);
        });
        return deferrable ? result : null;
    }

    /// <summary><paramref name="text"/> with every compilation-hash stand-in filled from <paramref name="fullHash"/>.</summary>
    public static string FillFullHash(string text, string fullHash)
    {
        if (!HasReservedFullHash(text))
            return text;
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf(FullHashTokenPrefix, i, StringComparison.Ordinal);
            if (start < 0 || !TryReadFullHash(text.AsSpan(start), out var tokenLength, out var length))
            {
                var stop = start < 0 ? text.Length : start + FullHashTokenPrefix.Length;
                builder.Append(text, i, stop - i);
                i = stop;
                continue;
            }
            builder.Append(text, i, start - i);
            builder.Append(length < 0 || length >= fullHash.Length ? fullHash : fullHash[..length]);
            i = start + tokenLength;
        }
        return builder.ToString();
    }

    /// <summary>Reads <c>@@webpackFullHash@@</c> or <c>@@webpackFullHash-N@@</c> at the start of <paramref name="text"/>.</summary>
    public static bool TryReadFullHash(ReadOnlySpan<char> text, out int tokenLength, out int length)
    {
        tokenLength = 0;
        length = -1;
        if (!text.StartsWith(FullHashTokenPrefix, StringComparison.Ordinal))
            return false;
        var i = FullHashTokenPrefix.Length;
        if (i < text.Length && text[i] == '-')
        {
            var digits = i + 1;
            while (digits < text.Length && char.IsAsciiDigit(text[digits]))
                digits++;
            if (digits == i + 1 || !int.TryParse(text[(i + 1)..digits], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length))
                return false;
            i = digits;
        }
        if (!text[i..].StartsWith("@@", StringComparison.Ordinal))
            return false;
        tokenLength = i + 2;
        return true;
    }

    /// <summary>Reads a chunk stand-in at the start of <paramref name="text"/>: its length and payload.</summary>
    public static bool TryReadChunkToken(ReadOnlySpan<char> text, out int tokenLength, out ReadOnlySpan<char> payload)
    {
        tokenLength = 0;
        payload = default;
        if (!text.StartsWith(ChunkTokenPrefix, StringComparison.Ordinal))
            return false;
        var i = ChunkTokenPrefix.Length;
        var start = i;
        // webpack's [\w-]+
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
            i++;
        if (i == start || !text[i..].StartsWith("@@", StringComparison.Ordinal))
            return false;
        payload = text[start..i];
        tokenLength = i + 2;
        return true;
    }

    /// <summary>import()'s resolvable specifiers: "./", "../", "/" or a URL scheme (webpack's <c>/^(?:\.{0,2}\/|[a-zA-Z][\w+.-]*:)/</c>); anything else is a package name.</summary>
    public static bool IsResolvable(ReadOnlySpan<char> text)
    {
        var dots = 0;
        while (dots < 2 && dots < text.Length && text[dots] == '.')
            dots++;
        if (dots < text.Length && text[dots] == '/')
            return true;
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
            return false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':')
                return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.' or '_'))
                return false;
        }
        return false;
    }
}
