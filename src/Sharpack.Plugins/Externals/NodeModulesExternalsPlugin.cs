// Follows webpack's externalsPresets.nodeModules (WebpackOptionsApply, webpack 5.109): every
// package a request resolves to in a node_modules folder is an external loaded by the runtime
// (`require()`, or `import` in ES module output for ES imports), unless an `allowlist` entry (a
// string, a RegExp or a function of the request) keeps it bundled. Relative, absolute and `#`
// requests, stylesheet and URL references, files node cannot load (a package's CSS or images) and
// requests an alias sends to another package stay bundled.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Externals;

/// <summary>webpack's <c>externalsPresets.nodeModules</c>.</summary>
/// <param name="options"><c>true</c>, or <c>{ allowlist }</c>.</param>
/// <param name="functions">Calls the configuration's allowlist functions.</param>
public sealed class NodeModulesExternalsPlugin(JsonNode options, IJsFunctionHost? functions) : IPlugin
{
    private static readonly string[] s_loadable = [".js", ".mjs", ".cjs", ".json", ".node"];
    private const string Title = "externalsPresets.nodeModules";
    private const string AllowlistPath = "configuration.externalsPresets.nodeModules.allowlist";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var moduleOutput = compiler.Options.Output.Module;
        var allowlist = Allowlist(options is JsonObject obj ? obj["allowlist"] : null);
        compiler.Hooks.NormalModuleFactory.Tap("NodeModulesExternalsPlugin", factory =>
            factory.Hooks.Factorize.Tap("NodeModulesExternalsPlugin", data =>
            {
                var request = data.Request;
                if (NeverExternal(request) || data.Dependency.Category is DependencyCategory.Url or DependencyCategory.CssImport or DependencyCategory.CssImportLocalModule or DependencyCategory.CssImportGlobalModule
                    || IsAllowed(allowlist, request))
                    return null;
                var result = data.ResolveWith?.Invoke(data.Context, request, null);
                if (result is not { IsResolved: true } || result.Path is not { } path)
                    return null;
                var normalized = path.Replace('\\', '/');
                var inPackages = normalized.LastIndexOf("/node_modules/", StringComparison.Ordinal);
                if (inPackages < 0 || !Loadable(normalized))
                    return null;
                // The external keeps the request as written: one an alias sends to another package stays bundled.
                if (PackageName(normalized[(inPackages + "/node_modules/".Length)..]) != PackageName(request))
                    return null;
                var type = data.Dependency.Category == DependencyCategory.CommonJs || !moduleOutput ? "node-commonjs" : "module-import";
                return new ExternalModule(type, [request]);
            }));
    }

    private static bool NeverExternal(string request) =>
        request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal) || request is "." or ".."
        || request.StartsWith('/') || request.StartsWith('#')
        || (request.Length >= 3 && char.IsAsciiLetter(request[0]) && request[1] == ':' && request[2] is '/' or '\\');

    private static bool Loadable(string path)
    {
        foreach (var extension in s_loadable)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // `@scope/name` or `name`, from a request or from a path inside node_modules.
    private static string PackageName(string request)
    {
        var slash = request.IndexOf('/', StringComparison.Ordinal);
        if (request.StartsWith('@') && slash >= 0)
        {
            var second = request.IndexOf('/', slash + 1);
            return second < 0 ? request : request[..second];
        }
        return slash < 0 ? request : request[..slash];
    }

    private List<Func<string, bool>>? Allowlist(JsonNode? node)
    {
        if (node is null)
            return null;
        var entries = new List<Func<string, bool>>();
        IEnumerable<JsonNode?> items = node is JsonArray array ? array : [node];
        foreach (var entry in items)
        {
            switch (entry)
            {
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    var text = value.GetValue<string>();
                    entries.Add(request => request == text);
                    break;
                case JsonObject when Builtin.BuiltinOptions.IsRegExp(entry):
                    entries.Add(Builtin.BuiltinOptions.RegExp(entry, Title, AllowlistPath)!.IsMatch);
                    break;
                case JsonObject when JsFunction.IsHandle(entry):
                    var function = Builtin.BuiltinOptions.Function(entry, functions, Title, AllowlistPath);
                    entries.Add(request => function.Call(JsonValue.Create(request)) is JsonValue answer && answer.GetValueKind() == JsonValueKind.True);
                    break;
                default:
                    throw Builtin.BuiltinOptions.Invalid(Title, AllowlistPath + " should hold strings, RegExps or functions.");
            }
        }
        return entries;
    }

    private static bool IsAllowed(List<Func<string, bool>>? allowlist, string request)
    {
        if (allowlist is null)
            return false;
        foreach (var allowed in allowlist)
        {
            if (allowed(request))
                return true;
        }
        return false;
    }
}
