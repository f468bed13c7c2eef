// Follows enhanced-resolve lib/TsconfigPathsPlugin.js, for one tsconfig.json: its
// `compilerOptions.paths` become aliases (a `*` in a key matches any text, put in place of the
// `*` of each target) tried in order, and `baseUrl` becomes a module folder searched after the
// aliases. `extends` (a relative file or a package's tsconfig, one or several) is followed, the
// extending file's options winning. Not ported: project `references` and per-folder selection
// of several tsconfig files.

using System.Text.Json;

namespace Sharpack.Resolver;

/// <summary>The path mapping of a tsconfig.json.</summary>
internal sealed class TsConfigPaths
{
    private static readonly JsonDocumentOptions s_options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private TsConfigPaths(AliasEntry[] alias, string? baseUrl)
    {
        Alias = alias;
        BaseUrl = baseUrl;
    }

    /// <summary>The <c>paths</c> as aliases with absolute targets.</summary>
    public AliasEntry[] Alias { get; }

    /// <summary>The absolute <c>baseUrl</c>, or null.</summary>
    public string? BaseUrl { get; }

    /// <summary>Reads <paramref name="path"/> and what it extends; an unreadable file maps nothing.</summary>
    public static TsConfigPaths Load(string path, ResolverCache cache)
    {
        JsonElement? paths = null;
        string? pathsBase = null;
        string? baseUrl = null;
        Read(path, cache, ref paths, ref pathsBase, ref baseUrl, depth: 0);
        var alias = new List<AliasEntry>();
        if (paths is { ValueKind: JsonValueKind.Object } map)
        {
            var root = baseUrl ?? pathsBase!;
            foreach (var property in map.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Array) continue;
                var targets = new List<string?>();
                foreach (var target in property.Value.EnumerateArray())
                {
                    if (target.ValueKind == JsonValueKind.String) targets.Add(PathUtil.Join(root, target.GetString()));
                }
                // A key is matched as written: no `$` meaning for tsconfig keys.
                alias.Add(new AliasEntry(property.Name.EndsWith('$') ? property.Name + "$" : property.Name, [.. targets]));
            }
        }
        return new TsConfigPaths([.. alias], baseUrl);
    }

    // Reads one file: its `extends` first, then its own options over them.
    private static void Read(string path, ResolverCache cache, ref JsonElement? paths, ref string? pathsBase, ref string? baseUrl, int depth)
    {
        if (depth > 16) return;
        var bytes = cache.FileSystem.ReadFile(path);
        if (bytes is null) return;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes, s_options);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return;
        }
        if (root.ValueKind != JsonValueKind.Object) return;
        var directory = PathUtil.Dirname(path);
        if (root.TryGetProperty("extends", out var extends))
        {
            if (extends.ValueKind == JsonValueKind.String)
            {
                if (FindExtended(directory, extends.GetString()!, cache) is { } parent) Read(parent, cache, ref paths, ref pathsBase, ref baseUrl, depth + 1);
            }
            else if (extends.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in extends.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && FindExtended(directory, item.GetString()!, cache) is { } parent)
                        Read(parent, cache, ref paths, ref pathsBase, ref baseUrl, depth + 1);
                }
            }
        }
        if (!root.TryGetProperty("compilerOptions", out var options) || options.ValueKind != JsonValueKind.Object) return;
        if (options.TryGetProperty("baseUrl", out var url) && url.ValueKind == JsonValueKind.String)
            baseUrl = PathUtil.Join(directory, url.GetString());
        if (options.TryGetProperty("paths", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            paths = map;
            pathsBase = directory;
        }
    }

    private static string? FindExtended(string directory, string extends, ResolverCache cache)
    {
        if (PathUtil.IsRelativeRequest(extends) || PathUtil.GetType(extends) == PathType.AbsolutePosix)
        {
            var file = PathUtil.Join(directory, extends);
            if (cache.Stat(file) == FileKind.File) return file;
            return cache.Stat(file + ".json") == FileKind.File ? file + ".json" : null;
        }
        for (var dir = directory; dir is not null; dir = PathUtil.CdUp(dir))
        {
            var candidate = PathUtil.Join(PathUtil.Join(dir, "node_modules"), extends);
            if (cache.Stat(candidate) == FileKind.Directory && cache.Stat(PathUtil.Join(candidate, "tsconfig.json")) == FileKind.File)
                return PathUtil.Join(candidate, "tsconfig.json");
            if (cache.Stat(candidate) == FileKind.File) return candidate;
            if (cache.Stat(candidate + ".json") == FileKind.File) return candidate + ".json";
        }
        return null;
    }
}
