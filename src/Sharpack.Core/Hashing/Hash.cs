// Follows webpack lib/util/Hash.js and lib/util/createHash.js: what chunk, full and content
// hashes are computed with, made from output.hashFunction (and seeded with output.hashSalt) by
// Compilation.CreateHash. Sources append to it as an IHashSink; text is hashed as UTF-8.

using System.Text;

namespace Sharpack.Core.Hashing;

/// <summary>A streaming hash (webpack's <c>Hash</c>): data in, one digest out.</summary>
public abstract class Hash : Sharpack.Sources.IHashSink
{
    private const int CharChunk = 256;

    /// <inheritdoc />
    public abstract void Append(ReadOnlySpan<byte> data);

    /// <summary>Adds the UTF-8 encoding of <paramref name="text"/> (lone surrogates become U+FFFD, as in node).</summary>
    public virtual void Append(ReadOnlySpan<char> text)
    {
        // PERF: sized to the text: most appends are a few chars (edit offsets, replacements), and a
        // fixed 768-byte buffer was zeroed on every call.
        Span<byte> bytes = stackalloc byte[Math.Min(text.Length, CharChunk) * 3];
        while (text.Length > 0)
        {
            var chunk = text.Length > CharChunk ? CharChunk : text.Length;
            // Keep a surrogate pair together: never end a chunk on a high surrogate.
            if (chunk < text.Length && char.IsHighSurrogate(text[chunk - 1]))
                chunk--;
            System.Text.Unicode.Utf8.FromUtf16(text[..chunk], bytes, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            Append(bytes[..written]);
            text = text[read..];
        }
    }

    /// <summary>The digest's bytes; the hash takes no more data afterwards.</summary>
    public abstract byte[] Digest();

    /// <summary>The digest in <paramref name="encoding"/> (<c>hex</c>, <c>base64</c>, <c>base64url</c>, <c>latin1</c>, <c>base26</c>…<c>base62</c>).</summary>
    public virtual string Digest(string encoding) => HashDigest.Encode(Digest(), encoding);

    /// <summary>
    /// A hash of the function <paramref name="hashFunction"/> names: <c>xxhash64</c>, <c>md4</c>
    /// (<c>native-md4</c>), <c>md5</c>, <c>sha1</c>, <c>sha256</c>, <c>sha384</c>, <c>sha512</c>;
    /// null for another name.
    /// </summary>
    public static Hash? Create(string hashFunction) => hashFunction switch
    {
        "xxhash64" => new XxHash64(),
        "md4" or "native-md4" => new Md4Hash(),
        "md5" => new CryptoHash(System.Security.Cryptography.HashAlgorithmName.MD5),
        "sha1" => new CryptoHash(System.Security.Cryptography.HashAlgorithmName.SHA1),
        "sha256" => new CryptoHash(System.Security.Cryptography.HashAlgorithmName.SHA256),
        "sha384" => new CryptoHash(System.Security.Cryptography.HashAlgorithmName.SHA384),
        "sha512" => new CryptoHash(System.Security.Cryptography.HashAlgorithmName.SHA512),
        "debug" => new DebugHash(),
        _ => null,
    };

    /// <summary>A new hash of <c>output.hashFunction</c>, seeded with <c>output.hashSalt</c> (webpack's createHash).</summary>
    public static Hash Create(Options.OutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var hash = output.HashFunctionScript is { } script ? new ScriptHash(script) : Create(output.HashFunction)
            ?? throw new ArgumentException($"Unknown hash function '{output.HashFunction}'.", nameof(output));
        if (output.HashSalt is { } salt)
            hash.Append(salt);
        return hash;
    }

    /// <summary>
    /// webpack's createHash(output.hashFunction) without the salt, for hashes webpack writes into
    /// names (named chunk and module ids, splitChunks' maxSize parts): webpack's default md4 unless
    /// the configuration named a hash function, so the names are webpack's.
    /// </summary>
    public static Hash CreateUnsalted(Options.OutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.HashFunctionConfigured && output.HashFunctionScript is null)
            return new Md4Hash();
        return output.HashFunctionScript is { } script ? new ScriptHash(script) : Create(output.HashFunction)
            ?? throw new ArgumentException($"Unknown hash function '{output.HashFunction}'.", nameof(output));
    }

    /// <summary>webpack's getHash: the first <paramref name="length"/> hex digits of <paramref name="text"/>'s hash by output.hashFunction (unsalted).</summary>
    public static string ShortHex(Options.OutputOptions output, string text, int length)
    {
        var hash = CreateUnsalted(output);
        hash.Append(text.AsSpan());
        var hex = hash.Digest("hex");
        return hex.Length > length ? hex[..length] : hex;
    }

    /// <summary>Whether <see cref="Create(string)"/> knows <paramref name="hashFunction"/>.</summary>
    public static bool IsKnown(string hashFunction) => hashFunction is "xxhash64" or "md4" or "native-md4" or "md5" or "sha1" or "sha256" or "sha384" or "sha512" or "debug";
}

/// <summary>
/// webpack's DebugHash (<c>hashFunction: "debug"</c>): the digest is everything hashed, each update
/// in brackets on its own line, behind "@webpack-debug-digest@", so a hash shows what went into it.
/// </summary>
public sealed class DebugHash : Hash
{
    private readonly StringBuilder _text = new();

    /// <inheritdoc />
    public override void Append(ReadOnlySpan<byte> data) => _text.Append('[').Append(Encoding.UTF8.GetString(data)).Append("]\n");

    /// <inheritdoc />
    public override void Append(ReadOnlySpan<char> text) => _text.Append('[').Append(text).Append("]\n");

    /// <inheritdoc />
    public override byte[] Digest() => Encoding.UTF8.GetBytes("@webpack-debug-digest@" + _text);

    /// <summary>Always hex, whatever is asked (webpack's DebugHash).</summary>
    public override string Digest(string encoding) => Convert.ToHexStringLower(Digest());
}

/// <summary>A hash of .NET's cryptographic algorithms (md5, sha1, sha256…).</summary>
public sealed class CryptoHash(System.Security.Cryptography.HashAlgorithmName algorithm) : Hash
{
    private readonly System.Security.Cryptography.IncrementalHash _hash = System.Security.Cryptography.IncrementalHash.CreateHash(algorithm);

    /// <inheritdoc />
    public override void Append(ReadOnlySpan<byte> data) => _hash.AppendData(data);

    /// <inheritdoc />
    public override byte[] Digest() => _hash.GetHashAndReset();
}

/// <summary>
/// A hash computed by a JavaScript hash class (<c>output.hashFunction</c> set to a class): the data
/// is gathered here and handed over once, as the config loader's wrapper <c>(base64, encoding)</c>
/// feeds it to a new instance and returns its digest.
/// </summary>
public sealed class ScriptHash(Options.JsFunction function) : Hash
{
    private readonly System.Buffers.ArrayBufferWriter<byte> _data = new();

    /// <inheritdoc />
    public override void Append(ReadOnlySpan<byte> data) => System.Buffers.BuffersExtensions.Write(_data, data);

    /// <inheritdoc />
    public override byte[] Digest() => Convert.FromHexString(Digest("hex"));

    /// <inheritdoc />
    public override string Digest(string encoding)
    {
        var result = function.Call(Convert.ToBase64String(_data.WrittenSpan), encoding);
        return result is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new InvalidOperationException($"output.hashFunction's digest(\"{encoding}\") returned {result?.ToJsonString() ?? "undefined"}, not a string.");
    }
}
