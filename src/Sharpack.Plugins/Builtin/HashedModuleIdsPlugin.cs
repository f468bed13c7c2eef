// Follows webpack lib/ids/HashedModuleIdsPlugin.js (webpack.ids.HashedModuleIdsPlugin): on the
// moduleIds hook, every module without an id gets the shortest prefix (hashDigestLength
// characters at least, 4 by default) of the hash of its name relative to the context that no
// other module has; modules in pre-order, as webpack's, so a collision goes to the later one.
// The hash is md4 in base64 unless the options say otherwise (webpack's DEFAULTS.HASH_FUNCTION).

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Hashing;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Builtin;

/// <summary>Module ids hashed from module names (webpack's HashedModuleIdsPlugin).</summary>
public sealed class HashedModuleIdsPlugin : IPlugin
{
    private const string Title = "Hashed Module Ids Plugin";
    private readonly string? _context;
    private readonly string _hashFunction = "md4";
    private readonly string _hashDigest = "base64";
    private readonly int _hashDigestLength = 4;

    /// <summary>A plugin with webpack's defaults.</summary>
    public HashedModuleIdsPlugin()
    {
    }

    /// <summary>A plugin from a configuration's options: <c>{ context?, hashFunction?, hashDigest?, hashDigestLength? }</c>.</summary>
    public HashedModuleIdsPlugin(JsonNode? options)
    {
        if (options is null)
            return;
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, Title, "context", "hashFunction", "hashDigest", "hashDigestLength");
        if (obj["context"] is not null)
        {
            _context = BuiltinOptions.String(obj["context"], Title, "context");
            if (_context is null || !Path.IsPathFullyQualified(_context))
                throw BuiltinOptions.Invalid(Title, $"options.context: The provided value \"{_context}\" is not an absolute path!");
        }
        if (obj["hashFunction"] is not null)
        {
            _hashFunction = BuiltinOptions.String(obj["hashFunction"], Title, "hashFunction") ?? _hashFunction;
            if (!Hash.IsKnown(_hashFunction))
                throw BuiltinOptions.Invalid(Title, $"options.hashFunction '{_hashFunction}' is not a hash sharpack has; use one of xxhash64, md4, md5, sha1, sha256, sha384, sha512.");
        }
        if (obj["hashDigest"] is not null)
        {
            _hashDigest = BuiltinOptions.String(obj["hashDigest"], Title, "hashDigest") ?? _hashDigest;
            if (_hashDigest is not ("base64" or "base64url" or "hex" or "latin1" or "binary"))
                throw BuiltinOptions.Invalid(Title, $"options.hashDigest '{_hashDigest}' is not supported by sharpack; use base64, base64url, hex, latin1 or binary.");
        }
        if (obj["hashDigestLength"] is { } length)
        {
            if (BuiltinOptions.Kind(length) != JsonValueKind.Number || length.GetValue<double>() is var value && (value < 1 || value != Math.Floor(value)))
                throw BuiltinOptions.Invalid(Title, "options.hashDigestLength should be a whole number >= 1.");
            _hashDigestLength = (int)Math.Min(length.GetValue<double>(), int.MaxValue);
        }
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap("HashedModuleIdsPlugin", (compilation, _) =>
            compilation.Hooks.ModuleIds.Tap("HashedModuleIdsPlugin", _ => AssignIds(compilation)));
    }

    private void AssignIds(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        var (usedIds, modules) = Ids.IdHelpers.UsedModuleIdsAndModules(compilation, null);
        var graph = compilation.Graph;
        // webpack's compareModulesByPreOrderIndexOrIdentifier: modules outside the chunk graph (no index) last, by identifier.
        modules.Sort((a, b) =>
        {
            int x = graph.GetPreOrderIndex(a), y = graph.GetPreOrderIndex(b);
            if (x >= 0 && y >= 0 && x != y)
                return x.CompareTo(y);
            if ((x >= 0) != (y >= 0))
                return x >= 0 ? -1 : 1;
            return string.CompareOrdinal(a.Identifier, b.Identifier);
        });
        var context = _context ?? compilation.Options.Context;
        foreach (var module in modules)
        {
            var hash = Hash.Create(_hashFunction)!;
            hash.Append(RequestShortener.FullModuleName(module.Identifier, context));
            var digest = hash.Digest(_hashDigest);
            var length = Math.Min(_hashDigestLength, digest.Length);
            while (length < digest.Length && usedIds.Contains(digest[..length]))
                length++;
            var moduleId = digest[..length];
            chunkGraph.SetModuleId(module, moduleId);
            usedIds.Add(moduleId);
        }
    }
}
