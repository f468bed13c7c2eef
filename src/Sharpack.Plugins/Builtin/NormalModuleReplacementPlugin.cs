// Follows webpack lib/NormalModuleReplacementPlugin.js: a request that matches the pattern is
// replaced before it is resolved; a resolved resource that matches is replaced after (a relative
// new resource is taken from the resource's folder, an absolute one as it is).

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;

namespace Sharpack.Plugins.Builtin;

/// <summary>Replaces requests and resolved resources by pattern (webpack's NormalModuleReplacementPlugin).</summary>
public sealed class NormalModuleReplacementPlugin : IPlugin
{
    private const string Title = "Normal Module Replacement Plugin";
    private readonly Regex _resourceRegExp;
    private readonly string? _newResource;
    private readonly Action<ResolveData>? _update;

    /// <summary>Replaces a request or resource that matches <paramref name="resourceRegExp"/> with <paramref name="newResource"/>.</summary>
    public NormalModuleReplacementPlugin(Regex resourceRegExp, string newResource)
    {
        ArgumentNullException.ThrowIfNull(resourceRegExp);
        ArgumentNullException.ThrowIfNull(newResource);
        (_resourceRegExp, _newResource) = (resourceRegExp, newResource);
    }

    /// <summary>Calls <paramref name="update"/> with a request (before resolution) or resource (after) that matches (webpack's function form).</summary>
    public NormalModuleReplacementPlugin(Regex resourceRegExp, Action<ResolveData> update)
    {
        ArgumentNullException.ThrowIfNull(resourceRegExp);
        ArgumentNullException.ThrowIfNull(update);
        (_resourceRegExp, _update) = (resourceRegExp, update);
    }

    /// <summary>A plugin from a configuration's arguments: [resourceRegExp, newResource].</summary>
    public NormalModuleReplacementPlugin(JsonNode? options) : this(
        BuiltinOptions.RegExp(Argument(options, 0), Title, "resourceRegExp") ?? throw BuiltinOptions.Invalid(Title, "resourceRegExp should be a RegExp."),
        BuiltinOptions.String(Argument(options, 1), Title, "newResource") ?? throw BuiltinOptions.Invalid(Title, "newResource should be a string."))
    {
    }

    private static JsonNode? Argument(JsonNode? options, int index) =>
        options is JsonArray array ? (index < array.Count ? array[index] : null)
        : throw BuiltinOptions.Invalid(Title, "options should be the constructor's arguments [resourceRegExp, newResource].");

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.NormalModuleFactory.Tap("NormalModuleReplacementPlugin", factory =>
        {
            factory.Hooks.BeforeResolve.Tap("NormalModuleReplacementPlugin", data =>
            {
                if (_resourceRegExp.IsMatch(data.Request))
                {
                    if (_update is not null)
                        _update(data);
                    else
                        data.Request = _newResource!;
                }
                return null;
            });
            factory.Hooks.AfterResolve.Tap("NormalModuleReplacementPlugin", data =>
            {
                if (data.Resource is { } resource && _resourceRegExp.IsMatch(resource))
                {
                    if (_update is not null)
                        _update(data);
                    else if (Path.IsPathFullyQualified(_newResource!) || _newResource!.StartsWith('/'))
                        data.Resource = _newResource;
                    else
                        data.Resource = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(resource) ?? "", _newResource));
                }
                return null;
            });
        });
    }
}
