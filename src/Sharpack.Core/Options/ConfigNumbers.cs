// A number in a configuration: JSON's, or Infinity, which a JavaScript configuration carries as
// { "__number": "Infinity" } (config-loader.js), since JSON has no such value.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

/// <summary>Reads numbers of a configuration's JSON.</summary>
public static class ConfigNumbers
{
    /// <summary>A JSON number, or Infinity as a JavaScript configuration carries it (<c>{ "__number": "Infinity" }</c>); null for anything else.</summary>
    public static double? Value(JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
            return value.GetValue<double>();
        if (node is JsonObject { Count: 1 } obj && obj["__number"] is JsonValue special && special.GetValueKind() == JsonValueKind.String)
        {
            return special.GetValue<string>() switch
            {
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                _ => null,
            };
        }
        return null;
    }
}
