// Follows webpack lib/ContextReplacementPlugin.js: a context (require.context, require("./x/" + y),
// import(`./x/${y}`)) whose request matches the pattern before resolution, or whose resolved
// folder matches after, gets another folder (relative to the resolved one, or absolute), another
// recursive flag, or another file pattern: `new ContextReplacementPlugin(/moment[/\\]locale$/, /de|fr/)`
// keeps two locales out of a bundle that would hold them all.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Builtin;

/// <summary>Changes the folder, recursion or file pattern of matching contexts (webpack's ContextReplacementPlugin).</summary>
public sealed class ContextReplacementPlugin : IPlugin
{
    private const string Title = "Context Replacement Plugin";
    private readonly Regex _resourceRegExp;
    private readonly string? _newContentResource;
    private readonly bool? _newContentRecursive;
    private readonly string? _newContentPattern;
    private readonly string? _newContentPatternText;

    /// <summary>
    /// For contexts matching <paramref name="resourceRegExp"/>: the folder <paramref name="newContentResource"/>
    /// (relative to the matched one, or absolute), <paramref name="newContentRecursive"/> and the
    /// file pattern <paramref name="newContentRegExp"/> (JavaScript syntax, e.g. <c>/de|fr/</c>, or a
    /// .NET pattern when it does not start with a slash); null keeps what the context had.
    /// </summary>
    public ContextReplacementPlugin(Regex resourceRegExp, string? newContentResource = null, bool? newContentRecursive = null, string? newContentRegExp = null)
    {
        ArgumentNullException.ThrowIfNull(resourceRegExp);
        _resourceRegExp = resourceRegExp;
        _newContentResource = newContentResource;
        _newContentRecursive = newContentRecursive;
        if (newContentRegExp is not null)
        {
            if (newContentRegExp.StartsWith('/') && newContentRegExp.LastIndexOf('/') is var end and > 0)
            {
                _newContentPattern = Core.Options.JsRegExpTranslator.Translate(newContentRegExp[1..end], newContentRegExp[(end + 1)..], out var error)
                    ?? throw new ArgumentException($"newContentRegExp {newContentRegExp} cannot be used by sharpack: {error}", nameof(newContentRegExp));
                _newContentPatternText = newContentRegExp;
            }
            else
            {
                _newContentPattern = newContentRegExp;
                _newContentPatternText = "/" + newContentRegExp + "/";
            }
        }
    }

    /// <summary>
    /// A plugin from a configuration's arguments, as webpack's constructor reads them:
    /// [resourceRegExp, newContentResource?, newContentRecursive?, newContentRegExp?], where a
    /// missing folder or flag may be left out (<c>[/re/, /de|fr/]</c>, <c>[/re/, false, /x/]</c>).
    /// </summary>
    public ContextReplacementPlugin(JsonNode? options) : this(Arguments(options))
    {
    }

    private ContextReplacementPlugin((Regex Resource, string? Folder, bool? Recursive, string? Pattern) arguments)
        : this(arguments.Resource, arguments.Folder, arguments.Recursive, arguments.Pattern)
    {
    }

    private static (Regex, string?, bool?, string?) Arguments(JsonNode? options)
    {
        if (options is not JsonArray array || array.Count == 0)
            throw BuiltinOptions.Invalid(Title, "options should be the constructor's arguments [resourceRegExp, newContentResource?, newContentRecursive?, newContentRegExp?].");
        var resource = BuiltinOptions.RegExp(array[0], Title, "resourceRegExp") ?? throw BuiltinOptions.Invalid(Title, "resourceRegExp should be a RegExp.");
        var rest = array.Skip(1).ToList();
        string? folder = null;
        bool? recursive = null;
        string? pattern = null;
        // Shift as webpack's constructor does: a non-string second argument is the flag (or the pattern).
        if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) == JsonValueKind.String)
        {
            folder = rest[0]!.GetValue<string>();
            rest.RemoveAt(0);
            if (rest.Count > 0 && rest[0] is JsonObject map && !BuiltinOptions.IsRegExp(map))
                throw new ArgumentException("ContextReplacementPlugin: a map of requests (the third argument as an object) is not supported by sharpack.");
        }
        else if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) == JsonValueKind.Null)
        {
            rest.RemoveAt(0);
        }
        if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) is JsonValueKind.True or JsonValueKind.False)
        {
            recursive = rest[0]!.GetValue<bool>();
            rest.RemoveAt(0);
        }
        else if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) == JsonValueKind.Null)
        {
            rest.RemoveAt(0);
        }
        if (rest.Count > 0 && rest[0] is { } regexp)
        {
            if (!BuiltinOptions.IsRegExp(regexp))
                throw BuiltinOptions.Invalid(Title, "newContentRegExp should be a RegExp.");
            pattern = BuiltinOptions.RegExpText(regexp);
        }
        return (resource, folder, recursive, pattern);
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.ContextModuleFactory.Tap("ContextReplacementPlugin", factory =>
        {
            factory.Hooks.BeforeResolve.Tap("ContextReplacementPlugin", data =>
            {
                if (_resourceRegExp.IsMatch(data.Request))
                {
                    if (_newContentResource is not null)
                        data.Request = _newContentResource;
                    data.ContextOptions = Replace(data.ContextOptions);
                }
                return null;
            });
            factory.Hooks.AfterResolve.Tap("ContextReplacementPlugin", data =>
            {
                if (data.Resource is { } resource && _resourceRegExp.IsMatch(resource))
                {
                    if (_newContentResource is not null)
                    {
                        data.Resource = Path.IsPathFullyQualified(_newContentResource) || _newContentResource.StartsWith('/')
                            ? _newContentResource
                            : Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(resource, _newContentResource)));
                    }
                    data.ContextOptions = Replace(data.ContextOptions);
                }
                return null;
            });
        });
    }

    private ContextOptions? Replace(ContextOptions? options)
    {
        if (options is null)
            return null;
        if (_newContentRecursive is { } recursive)
            options = options with { Recursive = recursive };
        if (_newContentPattern is not null)
            options = options with { Pattern = _newContentPattern, PatternText = _newContentPatternText! };
        return options;
    }
}
