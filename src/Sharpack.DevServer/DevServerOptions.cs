// webpack-dev-server's options (the configuration's devServer), as far as Sharpack's server has
// them: where it listens, what it serves beside the build, how the page's client reloads, and which
// Host headers it answers.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.DevServer;

/// <summary>The <c>devServer</c> options.</summary>
public sealed record DevServerOptions
{
    /// <summary>The address to listen on (webpack-dev-server's <c>host</c>); 127.0.0.1 unless given.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; } = 8080;

    /// <summary><c>hot</c>: apply updates with hot module replacement.</summary>
    public bool Hot { get; init; } = true;

    /// <summary><c>hot: "only"</c>: never reload the page when an update cannot be applied.</summary>
    public bool HotOnly { get; init; }

    /// <summary><c>liveReload</c>: reload the page when an update cannot be applied (or without hot).</summary>
    public bool LiveReload { get; init; } = true;

    /// <summary><c>static</c>: folders served beside the build, each under its URL prefix.</summary>
    public IReadOnlyList<(string Directory, string PublicPath)> Static { get; init; } = [];

    /// <summary><c>historyApiFallback</c>: a page request nothing answers gets <c>/index.html</c>.</summary>
    public bool HistoryApiFallback { get; init; }

    /// <summary><c>headers</c>: added to every response.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary><c>allowedHosts</c>: "auto" (the host, IP addresses, localhost), "all", or host names (<c>.example.com</c> for its subdomains too).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = ["auto"];

    /// <summary><c>client.overlay</c>: errors drawn over the page.</summary>
    public bool Overlay { get; init; } = true;

    /// <summary><c>client.logging</c>: none, error, warn, info, log, verbose.</summary>
    public string Logging { get; init; } = "info";

    /// <summary><c>client.reconnect</c>: how many times the page's client reconnects (true: for ever).</summary>
    public int Reconnect { get; init; } = 10;

    /// <summary><c>devMiddleware.writeToDisk</c>: the build is written to output.path too.</summary>
    public bool WriteToDisk { get; init; }

    /// <summary>What the options said that Sharpack's server does not do (warnings).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Reads the configuration's <c>devServer</c> (null: the defaults); <paramref name="context"/> resolves folders.</summary>
    /// <exception cref="ArgumentException">An option has the wrong type.</exception>
    public static DevServerOptions Read(JsonNode? node, string context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new DevServerOptions();
        var defaultStatic = Path.Combine(context, "public");
        if (node is not JsonObject obj)
            return options with { Static = Directory.Exists(defaultStatic) ? [(defaultStatic, "/")] : [] };
        var warnings = new List<string>();
        foreach (var (key, value) in obj)
        {
            switch (key)
            {
                case "host":
                    options = options with { Host = Text(value, key) is "local-ip" or "local-ipv4" ? "127.0.0.1" : Text(value, key) };
                    break;
                case "port":
                    options = options with { Port = ReadPort(value) };
                    break;
                case "hot":
                    options = value?.GetValueKind() == JsonValueKind.String && Text(value, key) == "only"
                        ? options with { Hot = true, HotOnly = true }
                        : options with { Hot = Bool(value, key) };
                    break;
                case "liveReload":
                    options = options with { LiveReload = Bool(value, key) };
                    break;
                case "historyApiFallback":
                    options = options with { HistoryApiFallback = value is JsonObject || Bool(value, key) };
                    break;
                case "static":
                    options = options with { Static = ReadStatic(value, context) };
                    break;
                case "headers" when value is JsonObject headers:
                    var list = new List<KeyValuePair<string, string>>();
                    foreach (var (name, header) in headers)
                        list.Add(new(name, header is JsonArray many ? string.Join(", ", many.Select(h => h?.ToString() ?? "")) : header?.ToString() ?? ""));
                    options = options with { Headers = list };
                    break;
                case "allowedHosts":
                    options = options with { AllowedHosts = value is JsonArray hosts ? [.. hosts.Select(h => Text(h, key))] : [Text(value, key)] };
                    break;
                case "client" when value is JsonObject client:
                    options = ReadClient(options, client, warnings);
                    break;
                case "client" when value?.GetValueKind() == JsonValueKind.False:
                    options = options with { Overlay = false, Logging = "none" };
                    break;
                case "devMiddleware" when value is JsonObject middleware:
                    if (middleware["writeToDisk"] is { } write)
                        options = options with { WriteToDisk = write.GetValueKind() == JsonValueKind.True };
                    break;
                case "compress" or "open" or "setupExitSignals" or "watchFiles" or "webSocketServer" or "server" or "https" or "proxy" or "bonjour" or "ipc" or "onListening" or "setupMiddlewares":
                    warnings.Add($"devServer.{key} is not supported by sharpack serve yet and is ignored.");
                    break;
                default:
                    throw new ArgumentException($"devServer has an unknown property '{key}'.");
            }
        }
        if (!obj.ContainsKey("static"))
            options = options with { Static = Directory.Exists(defaultStatic) ? [(defaultStatic, "/")] : [] };
        return options with { Warnings = warnings };
    }

    private static DevServerOptions ReadClient(DevServerOptions options, JsonObject client, List<string> warnings)
    {
        foreach (var (key, value) in client)
        {
            switch (key)
            {
                case "overlay":
                    options = options with { Overlay = value is JsonObject || Bool(value, "client.overlay") };
                    break;
                case "logging":
                    options = options with { Logging = Text(value, "client.logging") };
                    break;
                case "reconnect":
                    options = options with { Reconnect = value?.GetValueKind() == JsonValueKind.True ? int.MaxValue : value?.GetValueKind() == JsonValueKind.False ? 0 : Number(value, "client.reconnect") };
                    break;
                default:
                    warnings.Add($"devServer.client.{key} is not supported by sharpack serve yet and is ignored.");
                    break;
            }
        }
        return options;
    }

    private static List<(string, string)> ReadStatic(JsonNode? node, string context)
    {
        var result = new List<(string, string)>();
        if (node is null || node.GetValueKind() == JsonValueKind.False)
            return result;
        foreach (var item in node is JsonArray array ? [.. array] : new JsonNode?[] { node })
        {
            switch (item)
            {
                case JsonValue when item.GetValueKind() == JsonValueKind.String:
                    result.Add((Path.GetFullPath(item.GetValue<string>(), context), "/"));
                    break;
                case JsonObject entry:
                    var directory = entry["directory"] is { } d ? Path.GetFullPath(Text(d, "static.directory"), context) : Path.Combine(context, "public");
                    var prefix = entry["publicPath"] is { } p ? Text(p is JsonArray paths ? paths[0] : p, "static.publicPath") : "/";
                    result.Add((directory, prefix));
                    break;
                default:
                    throw new ArgumentException("devServer.static should be a folder, an object { directory, publicPath }, an array of them, or false.");
            }
        }
        return result;
    }

    // A number, a numeric string, or "auto" (a free port).
    private static int ReadPort(JsonNode? node)
    {
        if (node?.GetValueKind() != JsonValueKind.String)
            return Number(node, "port") is var number and >= 0 and <= 65535 ? number : throw new ArgumentException("devServer.port should be between 0 and 65535.");
        var text = node.GetValue<string>();
        if (text == "auto")
            return 0;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new ArgumentException($"devServer.port should be a port number or \"auto\", not '{text}'.");
    }

    private static string Text(JsonNode? node, string key) =>
        node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw new ArgumentException($"devServer.{key} should be a string.");

    private static int Number(JsonNode? node, string key) =>
        node?.GetValueKind() == JsonValueKind.Number ? (int)node.GetValue<double>() : throw new ArgumentException($"devServer.{key} should be a number.");

    private static bool Bool(JsonNode? node, string key) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ArgumentException($"devServer.{key} should be a boolean."),
    };
}
