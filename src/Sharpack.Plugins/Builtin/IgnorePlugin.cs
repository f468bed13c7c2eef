// Follows webpack lib/IgnorePlugin.js: a request that matches resourceRegExp (made from a folder
// that matches contextRegExp, when given) is dropped in the module factories' beforeResolve, for
// normal and context modules alike. The code that required it throws MODULE_NOT_FOUND when it runs
// (`try { require("./locale/" + x) } catch {}` keeps working); an ignored import is an empty module.
// A configuration's checkResource function is called through the JavaScript bridge for each request.

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Builtin;

/// <summary>Ignores requests by pattern (webpack's IgnorePlugin).</summary>
public sealed class IgnorePlugin : IPlugin
{
    private const string Title = "Ignore Plugin";
    private readonly Func<string, string, bool> _checkResource;

    /// <summary>Ignores requests that match <paramref name="resourceRegExp"/>, from folders that match <paramref name="contextRegExp"/> when given.</summary>
    public IgnorePlugin(Regex resourceRegExp, Regex? contextRegExp = null)
    {
        ArgumentNullException.ThrowIfNull(resourceRegExp);
        _checkResource = (request, context) => resourceRegExp.IsMatch(request) && (contextRegExp is null || contextRegExp.IsMatch(context));
    }

    /// <summary>Ignores a request when <paramref name="checkResource"/>(request, context) is true (webpack's checkResource).</summary>
    public IgnorePlugin(Func<string, string, bool> checkResource)
    {
        ArgumentNullException.ThrowIfNull(checkResource);
        _checkResource = checkResource;
    }

    /// <summary>A plugin from a configuration's options { resourceRegExp, contextRegExp? }.</summary>
    public IgnorePlugin(JsonNode? options) : this(options, null)
    {
    }

    /// <summary>
    /// A plugin from a configuration's options { resourceRegExp, contextRegExp? } or { checkResource },
    /// a JavaScript function of (resource, context) that <paramref name="functions"/> calls.
    /// </summary>
    public IgnorePlugin(JsonNode? options, IJsFunctionHost? functions)
    {
        if (options is JsonObject obj && obj["checkResource"] is { } handle)
        {
            BuiltinOptions.CheckKeys(obj, Title, "checkResource");
            var check = BuiltinOptions.Function(handle, functions, Title, "options.checkResource");
            // webpack: ignored when checkResource(resource, context) is truthy.
            _checkResource = (request, context) => JsFunction.IsTruthy(check.Call(request, context));
            return;
        }
        var resourceRegExp = ReadResource(options);
        var contextRegExp = BuiltinOptions.RegExp(options?["contextRegExp"], Title, "options.contextRegExp");
        _checkResource = (request, context) => resourceRegExp.IsMatch(request) && (contextRegExp is null || contextRegExp.IsMatch(context));
    }

    private static Regex ReadResource(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be one of these:\n   object { resourceRegExp, contextRegExp? } | object { checkResource }");
        BuiltinOptions.CheckKeys(obj, Title, "resourceRegExp", "contextRegExp");
        return BuiltinOptions.RegExp(obj["resourceRegExp"], Title, "options.resourceRegExp")
            ?? throw BuiltinOptions.Invalid(Title, "options misses the property 'resourceRegExp'. Should be:\n   RegExp");
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.NormalModuleFactory.Tap("IgnorePlugin", factory => factory.Hooks.BeforeResolve.Tap("IgnorePlugin", Check));
        compiler.Hooks.ContextModuleFactory.Tap("IgnorePlugin", factory => factory.Hooks.BeforeResolve.Tap("IgnorePlugin", Check));
    }

    // false ignores the request; null lets it through. An ignored entry is an empty module (webpack's
    // ignored-entry-module), so its chunk is still written.
    private bool? Check(ResolveData data)
    {
        if (!_checkResource(data.Request, data.Context))
            return null;
        if (data.Dependency is EntryDependency)
            data.IgnoredModule = IgnoredModule.ForEntry(data.Context);
        return false;
    }
}
