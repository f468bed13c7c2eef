// A static file server on 127.0.0.1 (an ephemeral port, Kestrel) for the browser tests. It
// serves one site at a time: a case's output folder, plus in-memory files under /__harness__
// (the test page, expect, the in-page runner). Every request is recorded with its status, so a
// test can assert that no asset was loaded twice; a site can answer 404 to the first N requests
// for a path, to test chunk-load retries. Responses are `no-store`, so the browser cache never
// hides a request or serves a previous case's file under the same name; only the harness's own
// unchanging files (expect, the runner) may be cached, which lets Chromium reuse their compiled
// code from page to page.

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sharpack.Plugins.Tests.Browser;

internal sealed class StaticServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider s_contentTypes = new();
    private readonly WebApplication _app;
    private ServedSite? _site;

    private StaticServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>An empty page on the server's origin, whatever site is served; its requests are not recorded.</summary>
    public const string BlankPath = "/__blank__.html";

    /// <summary>The server's origin, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Origin { get; }

    public static async Task<StaticServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StaticServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new StaticServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Serves <paramref name="site"/> from now on, instead of the previous one.</summary>
    public void Serve(ServedSite site) => Volatile.Write(ref _site, site);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var site = Volatile.Read(ref _site);
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        if (path == BlankPath)
        {
            // Not a site's file and not recorded: the page between two runs.
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<!DOCTYPE html><title>blank</title><link rel=\"icon\" href=\"data:,\">");
            return;
        }
        if (site is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var (status, content, file, cacheable) = site.Find(path);
        context.Response.StatusCode = status;
        site.Record(path, status);
        if (status != StatusCodes.Status200OK)
            return;
        if (cacheable)
            context.Response.Headers.CacheControl = "max-age=3600";
        context.Response.ContentType = s_contentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        if (content is not null)
            await context.Response.Body.WriteAsync(content);
        else
            await context.Response.SendFileAsync(file!);
    }
}
