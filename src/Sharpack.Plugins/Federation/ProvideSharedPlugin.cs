// Follows webpack lib/sharing/ProvideSharedPlugin.js: modules this build provides to share scopes. A
// relative or absolute request is provided as it is; a package request (or a prefix ending in "/")
// is provided where a module of the build resolves through it, with the version its package.json
// gives. After make, each becomes a ProvideSharedModule included in every entry.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Federation;

/// <summary>webpack's <c>sharing.ProvideSharedPlugin</c>.</summary>
public sealed class ProvideSharedPlugin : IPlugin
{
    private sealed record ProvideConfig(string ShareKey, string? Version, bool VersionIsFalse, string ShareScope, bool Eager);

    private readonly List<(string Request, ProvideConfig Config)> _provides;

    /// <summary>Provides <paramref name="options"/>: <c>{ provides, shareScope? }</c>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ProvideSharedPlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw new ArgumentException("Provide Shared Plugin: options should be an object { provides, shareScope? }.");
        var shareScope = FederationOptions.String(obj, "shareScope") ?? "default";
        _provides = FederationOptions.Parse(obj["provides"],
            (item, _) => item is JsonArray ? throw new ArgumentException("Provide Shared Plugin: unexpected array of provides.")
                : new ProvideConfig(item.GetValue<string>(), null, false, shareScope, false),
            (item, key) => new ProvideConfig(FederationOptions.String(item, "shareKey") ?? key,
                FederationOptions.String(item, "version"), FederationOptions.IsFalse(item, "version"),
                FederationOptions.String(item, "shareScope") ?? shareScope, FederationOptions.Bool(item, "eager") ?? false),
            "Provide Shared Plugin: options.provides");
        _provides.Sort(static (a, b) => string.CompareOrdinal(a.Request, b.Request));
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var resolvedByCompilation = new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, ResolvedProvides>();
        compiler.Hooks.Compilation.Tap("ProvideSharedPlugin", (compilation, parameters) =>
        {
            var resolved = new ResolvedProvides();
            var matches = new Dictionary<string, ProvideConfig>(StringComparer.Ordinal);
            var prefixes = new List<(string, ProvideConfig)>();
            foreach (var (request, config) in _provides)
            {
                if (FederationOptions.IsRelativeRequest(request) || Path.IsPathRooted(request))
                    resolved.Set(request, config, config.VersionIsFalse ? null : config.Version);
                else if (request.EndsWith('/'))
                    prefixes.Add((request, config));
                else
                    matches[request] = config;
            }
            resolvedByCompilation.AddOrUpdate(compilation, resolved);
            void Provide(string key, ProvideConfig config, string resource, Core.ResolveData data)
            {
                var version = config.VersionIsFalse ? null : config.Version;
                if (version is null && !config.VersionIsFalse)
                {
                    string details;
                    if (data.DescriptionFile is not { } description)
                        details = "No description file (usually package.json) found. Add description file with name and version, or manually specify version in shared config.";
                    else if (description.Field("version") is { ValueKind: JsonValueKind.String } versionField && versionField.GetString() is { Length: > 0 } found)
                        (version, details) = (found, "");
                    else
                        details = $"No version in description file (usually package.json). Add version to description file {description.Path}, or manually specify version in shared config.";
                    if (version is null)
                    {
                        lock (compilation.Warnings)
                            compilation.Warnings.Add(new BuildDiagnostic("No version specified and unable to automatically determine one. " + details, $"shared module {key} -> {resource}"));
                    }
                }
                resolved.Set(resource, config, version);
            }
            if (matches.Count == 0 && prefixes.Count == 0)
                return;
            parameters.NormalModuleFactory.Hooks.Module.Tap("ProvideSharedPlugin", (module, data) =>
            {
                var resource = data.Resource;
                var request = data.Request;
                var matched = matches.TryGetValue(request, out var config);
                if (!matched && !prefixes.Exists(p => request.StartsWith(p.Item1, StringComparison.Ordinal)))
                    return module;
                // PERF: only a request that names a provided module asks the shared (locked) map.
                if (resource is null || resolved.Has(resource))
                    return module;
                if (matched)
                    Provide(request, config!, resource, data);
                foreach (var (prefix, prefixConfig) in prefixes)
                {
                    if (request.StartsWith(prefix, StringComparison.Ordinal))
                        Provide(resource, prefixConfig with { ShareKey = prefixConfig.ShareKey + request[prefix.Length..] }, resource, data);
                }
                return module;
            });
        });
        compiler.Hooks.FinishMake.Tap("ProvideSharedPlugin", compilation =>
        {
            if (!resolvedByCompilation.TryGetValue(compilation, out var resolved))
                return;
            var dependencies = new List<Core.ModuleGraph.Dependency>();
            foreach (var (resource, config, version) in resolved.TakeAll())
                dependencies.Add(new ProvideSharedDependency(config.ShareScope, config.ShareKey, version, resource, config.Eager));
            compilation.AddIncludes(compiler.Options.Context, dependencies);
        });
        compiler.Hooks.Compilation.Tap("ProvideSharedPlugin", (compilation, _) =>
        {
            var context = compilation.Options.Context;
            compilation.DependencyFactories[typeof(ProvideSharedDependency)] = dependency => new ProvideSharedModule((ProvideSharedDependency)dependency, context);
        });
    }

    // webpack's resolvedProvideMap: the provided resources in the order they were found; the make
    // threads add to it concurrently.
    private sealed class ResolvedProvides
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<(string Resource, ProvideConfig Config, string? Version)> _items = [];
        private bool _taken;

        public bool Has(string resource)
        {
            lock (_lock)
                return _index.ContainsKey(resource);
        }

        public void Set(string resource, ProvideConfig config, string? version)
        {
            lock (_lock)
            {
                if (_index.TryGetValue(resource, out var at))
                {
                    _items[at] = (resource, config, version);
                    return;
                }
                _index[resource] = _items.Count;
                _items.Add((resource, config, version));
            }
        }

        // Once per compilation: a second finishMake round (entries added after make) adds nothing again.
        public List<(string Resource, ProvideConfig Config, string? Version)> TakeAll()
        {
            lock (_lock)
            {
                if (_taken)
                    return [];
                _taken = true;
                return [.. _items];
            }
        }
    }
}
