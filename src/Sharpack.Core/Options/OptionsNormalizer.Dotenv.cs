// Follows webpack's schema for `dotenv` (true, false, or DotenvPluginOptions { dir?, prefix?,
// template? }); WebpackOptionsApply then applies a DotenvPlugin with it (Sharpack.Plugins).

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_dotenvSupported = ["dir", "prefix", "template"];

    private static DotenvOptions? ReadDotenv(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.dotenv";
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
            case JsonValueKind.False:
                return null;
            case JsonValueKind.True:
                return new DotenvOptions();
            case JsonValueKind.Object:
                break;
            default:
                reader.Error(path, "should be one of these:\nboolean | object { dir?, prefix?, template? }");
                return null;
        }
        var obj = (JsonObject)node!;
        reader.CheckKeys(obj, path, s_dotenvSupported, []);
        string? dir = null;
        var dirDisabled = false;
        switch (ConfigReader.Kind(obj["dir"]))
        {
            case JsonValueKind.Null:
                break;
            case JsonValueKind.False:
                dirDisabled = true;
                break;
            case JsonValueKind.String when Path.IsPathFullyQualified(obj["dir"]!.GetValue<string>()):
                dir = obj["dir"]!.GetValue<string>();
                break;
            case JsonValueKind.String:
                // webpack's schema (absolutePath) in its words.
                reader.Errors.Add($"{path}.dir: The provided value \"{obj["dir"]!.GetValue<string>()}\" is not an absolute path!");
                break;
            default:
                reader.Error(path + ".dir", "should be one of these:\nfalse | string (absolute path)");
                break;
        }
        IReadOnlyList<string>? prefixes = null;
        switch (ConfigReader.Kind(obj["prefix"]))
        {
            case JsonValueKind.Null:
                break;
            case JsonValueKind.String:
                prefixes = reader.String(obj["prefix"], path + ".prefix") is { } prefix ? [prefix] : null;
                break;
            default:
                prefixes = reader.StringArray(obj["prefix"], path + ".prefix");
                break;
        }
        var template = obj["template"] is null ? null : reader.StringArray(obj["template"], path + ".template");
        return new DotenvOptions
        {
            Dir = dir,
            DirDisabled = dirDisabled,
            Prefixes = prefixes ?? ["WEBPACK_"],
            Template = template ?? DotenvOptions.DefaultTemplate,
        };
    }
}
