// `sharpack serve`: webpack-dev-server on ASP.NET Core's Kestrel. The compiler watches; each build's
// files are served from memory (every build's files stay, so a page still running an older build finds
// the hot update it asks for), beside the static folders; a WebSocket at /ws tells each page's client
// (dev-client.js, added to every entry) about each build: "hash", then "ok", "warnings" or "errors".
// Requests whose Host (or a WebSocket's Origin) is not allowed get 403 (no DNS rebinding), and a path
// never leaves the build or a static folder.

using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.DevServer;

/// <summary>A running development server.</summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly Compiler _compiler;
    private readonly DevServerOptions _options;
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<WebSocket, SemaphoreSlim> _sockets = new();
    private readonly FileExtensionContentTypeProvider _contentTypes = new();
    private readonly string _publicPath;
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Core.Watch.Watching? _watching;
    private volatile string[]? _lastMessages;

    private DevServer(Compiler compiler, DevServerOptions options, WebApplication app)
    {
        _compiler = compiler;
        _options = options;
        _app = app;
        var publicPath = compiler.Options.Output.PublicPath;
        // "auto" and relative public paths are served from the root; an absolute URL's path is its prefix.
        _publicPath = publicPath.StartsWith('/') ? publicPath.TrimEnd('/') + "/"
            : Uri.TryCreate(publicPath, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.AbsolutePath.TrimEnd('/') + "/"
            : "/";
    }

    /// <summary>Where the server listens (its port chosen when the options said 0).</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Completes when the first build is done (successful or not).</summary>
    public Task FirstBuild => _firstBuild.Task;

    /// <summary>Each build's stats as it ends (on the watching thread).</summary>
    public event Action<BuildStats>? Built;

    /// <summary>
    /// The plugins the server's build needs: the page client as the first request of every entry
    /// (its options in the query), and hot module replacement when <c>hot</c>.
    /// </summary>
    public static IReadOnlyList<IPlugin> Plugins(DevServerOptions server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var client = ClientPath() + "?hot=" + Flag(server.Hot) + "&hotOnly=" + Flag(server.HotOnly) + "&liveReload=" + Flag(server.LiveReload)
            + "&overlay=" + Flag(server.Overlay) + "&logging=" + server.Logging + "&reconnect=" + server.Reconnect.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var clientEntry = new ClientEntryPlugin(client);
        return server.Hot ? [clientEntry, new Sharpack.Plugins.Hmr.HotModuleReplacementPlugin()] : [clientEntry];
    }

    // webpack-dev-server's client entry: first in each of the configuration's entries.
    private sealed class ClientEntryPlugin(string request) : IPlugin
    {
        public void Apply(Compiler compiler) => compiler.Hooks.ThisCompilation.Tap("DevServerClientEntry", (compilation, _) =>
        {
            var entries = compilation.Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                if (!entries[i].Worker)
                    entries[i] = new EntryDescription { Name = entries[i].Name, Imports = [request] }.MergedWith(entries[i]);
            }
        });
    }

    private static string Flag(bool value) => value ? "true" : "false";

    // The client is written once per version into the temporary folder, where entries can request it.
    private static string ClientPath()
    {
        using var stream = typeof(DevServer).Assembly.GetManifestResourceStream("Sharpack.DevServer.dev-client.js")
            ?? throw new InvalidOperationException("dev-client.js is not embedded.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var folder = Path.Combine(Path.GetTempPath(), "sharpack-dev-server-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant());
        var path = Path.Combine(folder, "client.js");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        return path;
    }

    /// <summary>Starts listening and the compiler's watch; returns once the server listens.</summary>
    public static async Task<DevServer> StartAsync(Compiler compiler, DevServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = options.Host is "localhost" ? IPAddress.Loopback
                : options.Host is "0.0.0.0" or "::" ? IPAddress.Any
                : IPAddress.TryParse(options.Host, out var ip) ? ip
                : Dns.GetHostAddresses(options.Host).FirstOrDefault() ?? IPAddress.Loopback;
            kestrel.Listen(address, options.Port);
        });
        var app = builder.Build();
        var server = new DevServer(compiler, options, app);
        app.UseWebSockets();
        app.Run(server.Handle);
        if (!options.WriteToDisk)
            compiler.OutputFileSystem = new MemoryOutputFileSystem();
        compiler.Hooks.AfterEmit.Tap("DevServer", server.Collect);
        compiler.Hooks.Invalid.Tap("DevServer", (_, _) => server.Broadcast(["{\"type\":\"invalid\"}"]));
        await app.StartAsync().ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (bound is not null)
            server.Address = new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        server._watching = compiler.Watch(compiler.Options.WatchOptions, server.OnBuilt);
        return server;
    }

    // The build's files, by their URL path below the public path ('/'-separated, no query).
    private void Collect(Compilation compilation)
    {
        foreach (var (name, asset) in compilation.Assets)
        {
            var query = name.IndexOfAny(['?', '#']);
            _files[query < 0 ? name : name[..query]] = asset.Source.GetBuffer();
        }
    }

    private void OnBuilt(BuildStats? stats, Exception? error)
    {
        string[] messages;
        if (error is not null || stats is null)
        {
            messages = ["{\"type\":\"errors\",\"data\":" + JsonSerializer.Serialize(new[] { error?.Message ?? "build failed" }, DevServerJson.Default.StringArray) + "}"];
        }
        else
        {
            var hash = "{\"type\":\"hash\",\"data\":" + JsonSerializer.Serialize(stats.Hash, DevServerJson.Default.String) + "}";
            messages = stats.Errors.Count > 0
                ? [hash, "{\"type\":\"errors\",\"data\":" + JsonSerializer.Serialize(Describe(stats.Errors), DevServerJson.Default.StringArray) + "}"]
                : stats.Warnings.Count > 0
                    ? [hash, "{\"type\":\"warnings\",\"data\":" + JsonSerializer.Serialize(Describe(stats.Warnings), DevServerJson.Default.StringArray) + "}"]
                    : [hash, "{\"type\":\"ok\"}"];
            Built?.Invoke(stats);
        }
        _lastMessages = messages;
        Broadcast(messages);
        _firstBuild.TrySetResult();
    }

    // webpack's "ERROR in ./src/a.js 1:17" form: where, what, and the code frame.
    private static string[] Describe(IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        var result = new string[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var where = d.File is null ? "" : d.File + (d.Line > 0 ? $" {d.Line}:{Math.Max(0, d.Column - 1)}" : "") + "\n";
            result[i] = where + d.Message + (d.CodeFrame is { Length: > 0 } frame ? "\n" + frame : "");
        }
        return result;
    }

    private void Broadcast(string[] messages)
    {
        foreach (var (socket, gate) in _sockets)
            _ = SendAsync(socket, gate, messages);
    }

    private async Task SendAsync(WebSocket socket, SemaphoreSlim gate, string[] messages)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            foreach (var message in messages)
            {
                if (socket.State != WebSocketState.Open)
                    return;
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            _sockets.TryRemove(socket, out _);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task Handle(HttpContext context)
    {
        var request = context.Request;
        if (!HostCheck.IsAllowed(request.Host.Host, _options) || (request.Headers.Origin is { Count: > 0 } origin && !HostCheck.IsAllowedOrigin(origin.ToString(), _options)))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("Invalid Host/Origin header").ConfigureAwait(false);
            return;
        }
        foreach (var (name, value) in _options.Headers)
            context.Response.Headers[name] = value;
        if (request.Path == "/ws")
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            await ServeSocket(await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false)).ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var path = Uri.UnescapeDataString(request.Path.Value ?? "/");
        if (await TryServeBuild(context, path).ConfigureAwait(false) || await TryServeStatic(context, path).ConfigureAwait(false))
            return;
        if (_options.HistoryApiFallback && request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal)
            && (await TryServeBuild(context, "/index.html").ConfigureAwait(false) || await TryServeStatic(context, "/index.html").ConfigureAwait(false)))
        {
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsync("Cannot GET " + path).ConfigureAwait(false);
    }

    private async Task ServeSocket(WebSocket socket)
    {
        var gate = new SemaphoreSlim(1, 1);
        _sockets[socket] = gate;
        var hello = new List<string>();
        if (_options.Hot)
            hello.Add("{\"type\":\"hot\"}");
        if (_options.LiveReload)
            hello.Add("{\"type\":\"liveReload\"}");
        if (_lastMessages is { } last)
            hello.AddRange(last);
        await SendAsync(socket, gate, [.. hello]).ConfigureAwait(false);
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _sockets.TryRemove(socket, out _);
        }
    }

    private async Task<bool> TryServeBuild(HttpContext context, string path)
    {
        if (!path.StartsWith(_publicPath, StringComparison.Ordinal))
            return false;
        var name = path[_publicPath.Length..];
        if (name.Length == 0 || name.EndsWith('/'))
            name += "index.html";
        if (!_files.TryGetValue(name, out var bytes))
            return false;
        await Send(context, name, bytes).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> TryServeStatic(HttpContext context, string path)
    {
        foreach (var (directory, prefix) in _options.Static)
        {
            var start = prefix.EndsWith('/') ? prefix : prefix + "/";
            if (!path.StartsWith(start, StringComparison.Ordinal) && path + "/" != start)
                continue;
            var relative = path.Length > start.Length ? path[start.Length..] : "";
            var root = Path.GetFullPath(directory);
            var file = Path.GetFullPath(Path.Combine(root, relative));
            // Nothing outside the folder, whatever the path says (.., encoded separators, links are followed only inside).
            if (!file.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && file != root)
                continue;
            if (Directory.Exists(file))
                file = Path.Combine(file, "index.html");
            if (!File.Exists(file))
                continue;
            await Send(context, file, await File.ReadAllBytesAsync(file).ConfigureAwait(false)).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    private Task Send(HttpContext context, string name, byte[] bytes)
    {
        context.Response.ContentType = _contentTypes.TryGetContentType(name, out var type)
            ? type is "text/javascript" or "application/javascript" or "text/html" or "text/css" or "application/json" ? type + "; charset=utf-8" : type
            : "application/octet-stream";
        context.Response.ContentLength = bytes.Length;
        context.Response.Headers.CacheControl = "no-cache";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>Stops watching and listening; the page clients' sockets close.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_watching is not null)
            await _watching.Close().ConfigureAwait(false);
        foreach (var (socket, _) in _sockets)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "server stopped", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
            {
            }
        }
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>The JSON the server writes, without reflection (the command line is compiled ahead of time).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string[]))]
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class DevServerJson : System.Text.Json.Serialization.JsonSerializerContext;
