// Follows webpack lib/DotenvPlugin.js (5.112): reads the .env files of the template (".env",
// ".env.local", ".env.[mode]", ".env.[mode].local" by default; later files override earlier ones)
// from the context or `dir`, expands ${VAR} references as dotenv-expand does (the environment
// wins over the files), and defines process.env.KEY and import.meta.env.KEY as the JSON string
// of every variable, from the files or the environment, whose name starts with a prefix
// (WEBPACK_ by default). The `dotenv` option applies it; require("sharpack").DotenvPlugin too.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Builtin;

/// <summary>Defines variables from .env files and the environment (webpack's DotenvPlugin).</summary>
public sealed partial class DotenvPlugin : IPlugin
{
    private const string Title = "Dotenv Plugin";
    private readonly DotenvOptions _options;

    /// <summary>A plugin with the given options (the <c>dotenv</c> option's).</summary>
    public DotenvPlugin(DotenvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>A plugin from a configuration's options: <c>{ dir?, prefix?, template? }</c> or nothing.</summary>
    public DotenvPlugin(JsonNode? options)
    {
        if (options is null)
        {
            _options = new DotenvOptions();
            return;
        }
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be an object { dir?, prefix?, template? }.");
        BuiltinOptions.CheckKeys(obj, Title, "dir", "prefix", "template");
        string? dir = null;
        var dirDisabled = false;
        if (BuiltinOptions.Kind(obj["dir"]) == JsonValueKind.False)
            dirDisabled = true;
        else if (obj["dir"] is not null)
        {
            dir = BuiltinOptions.String(obj["dir"], Title, "dir");
            if (dir is null || !Path.IsPathFullyQualified(dir))
                throw BuiltinOptions.Invalid(Title, $"options.dir: The provided value \"{dir}\" is not an absolute path!");
        }
        _options = new DotenvOptions
        {
            Dir = dir,
            DirDisabled = dirDisabled,
            Prefixes = Strings(obj["prefix"], "prefix") ?? ["WEBPACK_"],
            Template = Strings(obj["template"], "template") ?? DotenvOptions.DefaultTemplate,
        };
    }

    private static List<string>? Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonArray array:
                var result = new List<string>(array.Count);
                foreach (var item in array)
                    result.Add(BuiltinOptions.String(item, Title, path + "[]") ?? throw BuiltinOptions.Invalid(Title, $"options.{path} should hold non-empty strings."));
                return result;
            default:
                return [BuiltinOptions.String(node, Title, path) ?? throw BuiltinOptions.Invalid(Title, $"options.{path} should be a non-empty string or an array of them.")];
        }
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var extensions = JavascriptParserExtensions.For(compiler);
        compiler.Hooks.ThisCompilation.Tap("DotenvPlugin", (_, _) =>
        {
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
                environment[(string)entry.Key] = (string?)entry.Value ?? "";
            var parsed = _options.DirDisabled ? [] : ReadFiles(compiler.InputFileSystem, _options.Dir ?? compiler.Options.Context, ModeName(compiler.Options.Mode));
            foreach (var (key, value) in Variables(parsed, environment, _options.Prefixes))
            {
                var code = value is null ? "undefined" : CodeGenerationContext.JsonString(value);
                extensions.Define("process.env." + key, code);
                extensions.Define("import.meta.env." + key, code);
            }
        });
    }

    private static string ModeName(BuildMode mode) => mode switch
    {
        BuildMode.Production => "production",
        BuildMode.None => "none",
        _ => "development",
    };

    // _getParsed: each file of the template in order, a missing one skipped, later values winning.
    private Dictionary<string, string> ReadFiles(Sharpack.Resolver.IFileSystem fileSystem, string dir, string mode)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pattern in _options.Template)
        {
            var file = Path.Join(dir, pattern.Replace("[mode]", mode, StringComparison.Ordinal));
            if (fileSystem.ReadFile(file) is not { } bytes)
                continue;
            foreach (var (key, value) in Parse(Encoding.UTF8.GetString(bytes)))
                parsed[key] = value;
        }
        return parsed;
    }

    /// <summary>
    /// webpack's _getEnv: the files' variables expanded, then every variable of the files or the
    /// environment with one of the prefixes, the environment's value winning when it is not empty.
    /// </summary>
    internal static List<KeyValuePair<string, string?>> Variables(Dictionary<string, string> parsed, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> prefixes)
    {
        Expand(parsed, environment);
        var result = new List<KeyValuePair<string, string?>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in parsed.Keys.Concat(environment.Keys))
        {
            if (!seen.Add(key) || !prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
                continue;
            var value = environment.TryGetValue(key, out var set) && set.Length > 0 ? set : parsed.GetValueOrDefault(key);
            result.Add(new(key, value));
        }
        return result;
    }

    // dotenv's LINE (v17.4.2), with ECMAScript semantics (\w and \s as JavaScript reads them).
    [GeneratedRegex("""^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$""", RegexOptions.Multiline | RegexOptions.ECMAScript)]
    private static partial Regex LineRegex();

    [GeneratedRegex("""^(['"`])([\s\S]*)\1$""", RegexOptions.Multiline | RegexOptions.ECMAScript)]
    private static partial Regex QuotesRegex();

    [GeneratedRegex("""(?<!\\)\$\{([^{}]+)\}|(?<!\\)\$([a-z_]\w*)""", RegexOptions.IgnoreCase | RegexOptions.ECMAScript)]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex(":\\+|\\+|:-|-")]
    private static partial Regex OperatorRegex();

    /// <summary>dotenv's parse (v17.4.2): <c>KEY=value</c> lines; quotes removed, <c>\n</c> and <c>\r</c> expanded in double quotes.</summary>
    internal static Dictionary<string, string> Parse(string source)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (Match match in LineRegex().Matches(lines))
        {
            var value = match.Groups[2].Success ? match.Groups[2].Value.Trim() : "";
            var quote = value.Length > 0 ? value[0] : '\0';
            value = QuotesRegex().Replace(value, "$2");
            if (quote == '"')
                value = value.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal);
            result[match.Groups[1].Value] = value;
        }
        return result;
    }

    // dotenv-expand's expand (v13.0.0), without writing to the environment.
    private static void Expand(Dictionary<string, string> parsed, IReadOnlyDictionary<string, string> environment)
    {
        var running = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in parsed.Keys.ToList())
        {
            var value = parsed[key];
            value = environment.TryGetValue(key, out var set) && set != value ? set : ExpandValue(value, environment, running);
            value = value.Replace("\\$", "$", StringComparison.Ordinal);
            parsed[key] = value;
            running[key] = value;
        }
    }

    // dotenv-expand's expandValue: ${KEY}, $KEY, ${KEY:-default}, ${KEY-default}, ${KEY:+alt},
    // ${KEY+alt}, until nothing is left to expand (a value seen before expands to its default).
    private static string ExpandValue(string value, IReadOnlyDictionary<string, string> environment, Dictionary<string, string> running)
    {
        var result = value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A bound dotenv-expand does not have: its self-reference check ends every loop we know of.
        for (var round = 0; round < 10_000; round++)
        {
            var match = ReferenceRegex().Match(result);
            if (!match.Success)
                break;
            seen.Add(result);
            var template = match.Value;
            var expression = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            var splitter = OperatorRegex().Match(expression) is { Success: true } op ? op.Value : null;
            var parts = splitter is null ? [expression] : expression.Split(splitter);
            var key = parts[0];
            var rest = string.Join(splitter ?? "", parts.Skip(1));
            string defaultValue;
            string? found;
            if (splitter is ":+" or "+")
            {
                defaultValue = Lookup(key) is { Length: > 0 } ? rest : "";
                found = null;
            }
            else
            {
                defaultValue = rest;
                found = Lookup(key);
            }
            var replacement = !string.IsNullOrEmpty(found) ? (seen.Contains(found) ? defaultValue : found) : defaultValue;
            result = ReplaceFirst(result, template, replacement);
            if (running.TryGetValue(key, out var current) && result == current)
                break;
        }
        return result;

        string? Lookup(string key) => environment.TryGetValue(key, out var set) ? set : running.GetValueOrDefault(key);
    }

    private static string ReplaceFirst(string text, string search, string replacement)
    {
        var index = text.IndexOf(search, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + search.Length));
    }
}
