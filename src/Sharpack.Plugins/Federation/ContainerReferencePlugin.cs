// Follows webpack lib/container/ContainerReferencePlugin.js: requests under a remote's name
// (`app/Button`) become RemoteModules whose containers are externals of `remoteType`
// (`webpack/container/reference/app`, a fallback's `…/fallback-1`); a container given as
// `internal <request>` is a module of this build.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Federation;

/// <summary>webpack's <c>container.ContainerReferencePlugin</c>.</summary>
public sealed class ContainerReferencePlugin : IPlugin
{
    private readonly string _remoteType;
    private readonly List<(string Key, IReadOnlyList<string> External, string ShareScope)> _remotes = [];

    /// <summary>References of <paramref name="options"/>: <c>{ remoteType, remotes, shareScope? }</c>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ContainerReferencePlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw new ArgumentException("Container Reference Plugin: options should be an object { remoteType, remotes }.");
        _remoteType = FederationOptions.String(obj, "remoteType") ?? throw new ArgumentException("Container Reference Plugin: options.remoteType should be an externals type.");
        var shareScope = FederationOptions.String(obj, "shareScope") ?? "default";
        foreach (var (key, value) in ParseRemotes(obj["remotes"], shareScope, "Container Reference Plugin"))
            _remotes.Add((key, value.External, value.ShareScope));
    }

    /// <summary>webpack's parsing of <c>remotes</c>: an external (or externals) per name, or <c>{ external, shareScope? }</c>.</summary>
    internal static List<(string Key, (IReadOnlyList<string> External, string ShareScope) Value)> ParseRemotes(JsonNode? remotes, string shareScope, string plugin) =>
        FederationOptions.Parse<(IReadOnlyList<string>, string)>(remotes,
            (item, _) => (FederationOptions.Strings(item, plugin + ": a remote"), shareScope),
            (item, key) => (FederationOptions.Strings(item["external"], plugin + ": remotes['" + key + "'].external"), FederationOptions.String(item, "shareScope") ?? shareScope),
            plugin + ": options.remotes");

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var externals = new JsonObject();
        foreach (var (key, external, _) in _remotes)
        {
            var i = 0;
            foreach (var request in external)
            {
                if (request.StartsWith("internal ", StringComparison.Ordinal))
                    continue;
                externals["webpack/container/reference/" + key + (i > 0 ? "/fallback-" + i : "")] = request;
                i++;
            }
        }
        new Externals.ExternalsPlugin(_remoteType, externals).Apply(compiler);
        compiler.Hooks.Compilation.Tap("ContainerReferencePlugin", (compilation, parameters) =>
        {
            var context = compilation.Options.Context;
            compilation.DependencyFactories[typeof(FallbackDependency)] = dependency => new FallbackModule(((FallbackDependency)dependency).Requests, context);
            parameters.NormalModuleFactory.Hooks.Factorize.Tap("ContainerReferencePlugin", data =>
            {
                var request = data.Request;
                if (request.Contains('!', StringComparison.Ordinal))
                    return null;
                foreach (var (key, external, shareScope) in _remotes)
                {
                    if (!request.StartsWith(key, StringComparison.Ordinal) || (request.Length != key.Length && request[key.Length] != '/'))
                        continue;
                    var requests = new List<string>(external.Count);
                    for (var i = 0; i < external.Count; i++)
                    {
                        requests.Add(external[i].StartsWith("internal ", StringComparison.Ordinal) ? external[i][9..]
                            : "webpack/container/reference/" + key + (i > 0 ? "/fallback-" + i : ""));
                    }
                    return new RemoteModule(request, requests, "." + request[key.Length..], shareScope, data.Context);
                }
                return null;
            });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.EnsureChunkHandlers)).Tap("ContainerReferencePlugin", (chunk, set) =>
            {
                set.Add(RuntimeGlobals.Module | RuntimeGlobals.ModuleFactoriesAddOnly | RuntimeGlobals.HasOwnProperty | RuntimeGlobals.InitializeSharing | RuntimeGlobals.ShareScopeMap);
                compilation.AddRuntimeModule(chunk, new RemoteRuntimeModule(compilation));
                return null;
            });
        });
    }
}
