// Follows webpack lib/util/mimeTypes.js over mime-db: an extension's preferred type (mime-types'
// scoring) and a type's first extension. The tables come from mime-types.txt, which
// tools/gen-mime-types.mjs writes from the mime-db webpack depends on; read once, on first use.

using System.Collections.Frozen;

namespace Sharpack.Plugins.Assets;

/// <summary>Extension to mimetype and back, as webpack's mimeTypes.</summary>
public static class MimeTypes
{
    private static readonly Lazy<(FrozenDictionary<string, string> Types, FrozenDictionary<string, string> Extensions)> s_tables = new(Load);

    /// <summary>The mimetype of a file's extension (<c>.png</c>, <c>png</c> or a path), or null when mime-db knows none.</summary>
    public static string? Lookup(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // node's extname("x." + path): what follows the last dot of the last segment.
        var name = "x." + path;
        var slash = name.LastIndexOf('/');
        var dot = name.LastIndexOf('.');
        if (dot <= slash + 1 || dot == name.Length - 1)
            return null;
        return s_tables.Value.Types.GetValueOrDefault(name[(dot + 1)..].ToLowerInvariant());
    }

    /// <summary>The first extension mime-db gives <paramref name="mimeType"/> (without the dot), or null.</summary>
    public static string? Extension(string? mimeType)
    {
        if (string.IsNullOrWhiteSpace(mimeType))
            return null;
        var type = mimeType.Trim();
        var semicolon = type.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
            type = type[..semicolon].TrimEnd();
        return s_tables.Value.Extensions.GetValueOrDefault(type.ToLowerInvariant());
    }

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>) Load()
    {
        using var stream = typeof(MimeTypes).Assembly.GetManifestResourceStream("Sharpack.Assets.mime-types.txt")
            ?? throw new InvalidOperationException("The mime-types table is not embedded in Sharpack.Plugins.");
        using var reader = new StreamReader(stream);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var extensions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (line[0] == '=')
                extensions[line[1..space]] = line[(space + 1)..];
            else
                types[line[..space]] = line[(space + 1)..];
        }
        return (types.ToFrozenDictionary(StringComparer.Ordinal), extensions.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
