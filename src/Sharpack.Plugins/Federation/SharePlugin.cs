// Follows webpack lib/sharing/SharePlugin.js: `shared` both consumes and provides each module (a
// consume of every entry; a provide of those whose import is not false).

using System.Text.Json.Nodes;
using Sharpack.Core;

namespace Sharpack.Plugins.Federation;

/// <summary>webpack's <c>sharing.SharePlugin</c>.</summary>
public sealed class SharePlugin : IPlugin
{
    private readonly ConsumeSharedPlugin _consume;
    private readonly ProvideSharedPlugin _provide;

    /// <summary>Shares <paramref name="options"/>: <c>{ shared, shareScope? }</c>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public SharePlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw new ArgumentException("Share Plugin: options should be an object { shared, shareScope? }.");
        var shared = FederationOptions.Parse(obj["shared"],
            (item, key) =>
            {
                if (item is JsonArray)
                    throw new ArgumentException("Share Plugin: unexpected array in shared.");
                var text = item.GetValue<string>();
                return text == key || !SemverRange.IsRequiredVersion(text)
                    ? new JsonObject { ["import"] = text }
                    : new JsonObject { ["import"] = key, ["requiredVersion"] = text };
            },
            (item, _) => (JsonObject)item.DeepClone(),
            "Share Plugin: options.shared");
        var consumes = new JsonArray();
        var provides = new JsonArray();
        foreach (var (key, item) in shared)
        {
            var consume = new JsonObject();
            foreach (var name in (ReadOnlySpan<string>)["import", "shareScope", "requiredVersion", "strictVersion", "singleton", "packageName", "eager"])
            {
                if (item[name] is { } value)
                    consume[name] = value.DeepClone();
            }
            consume["shareKey"] = FederationOptions.String(item, "shareKey") ?? key;
            consumes.Add((JsonNode)new JsonObject { [key] = consume });
            if (FederationOptions.IsFalse(item, "import"))
                continue;
            var provide = new JsonObject { ["shareKey"] = FederationOptions.String(item, "shareKey") ?? key };
            foreach (var name in (ReadOnlySpan<string>)["shareScope", "version", "eager"])
            {
                if (item[name] is { } value)
                    provide[name] = value.DeepClone();
            }
            provides.Add((JsonNode)new JsonObject { [FederationOptions.String(item, "import") ?? key] = provide });
        }
        var scope = FederationOptions.String(obj, "shareScope");
        _consume = new ConsumeSharedPlugin(new JsonObject { ["consumes"] = consumes, ["shareScope"] = scope });
        _provide = new ProvideSharedPlugin(new JsonObject { ["provides"] = provides, ["shareScope"] = scope });
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        _consume.Apply(compiler);
        _provide.Apply(compiler);
    }
}
