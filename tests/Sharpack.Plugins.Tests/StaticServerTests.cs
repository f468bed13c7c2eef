// The browser tests' static server over plain HTTP: what it serves, with which headers, the 404s
// it is told to send first, the request log, and that nothing outside the served folder leaks.

using System.Net;
using Sharpack.Plugins.Tests.Browser;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class StaticServerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sharpack-server-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _client = new();
    private StaticServer? _server;

    private string Root => Path.Combine(_folder, "site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, "sub"));
        await File.WriteAllTextAsync(Path.Combine(Root, "main.js"), "console.log(1);");
        await File.WriteAllTextAsync(Path.Combine(Root, "sub", "chunk.js"), "chunk");
        await File.WriteAllTextAsync(Path.Combine(_folder, "secret.txt"), "outside the site");
        _server = await StaticServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Listens_on_loopback_and_answers_404_before_a_site_is_served()
    {
        Assert.Equal("127.0.0.1", _server!.Origin.Host);
        Assert.NotEqual(0, _server.Origin.Port);
        using var response = await _client.GetAsync(new Uri(_server.Origin, "main.js"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Serves_files_and_memory_files_uncached_with_their_content_type()
    {
        _server!.Serve(new ServedSite(Root).With("/page.html", "<p>page</p>"u8.ToArray()).With("/lib.js", "lib"u8.ToArray(), cacheable: true));
        using var script = await _client.GetAsync(new Uri(_server.Origin, "main.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("console.log(1);", await script.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True(script.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        using var page = await _client.GetAsync(new Uri(_server.Origin, "page.html"));
        Assert.Equal("<p>page</p>", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("chunk", await _client.GetStringAsync(new Uri(_server.Origin, "sub/chunk.js")));
        using var cacheable = await _client.GetAsync(new Uri(_server.Origin, "lib.js"));
        Assert.False(cacheable.Headers.CacheControl?.NoStore);
        Assert.Equal(TimeSpan.FromHours(1), cacheable.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Serves_the_blank_page_whatever_the_site_without_recording_it()
    {
        using var before = await _client.GetAsync(new Uri(_server!.Origin, StaticServer.BlankPath));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var site = new ServedSite(Root);
        _server.Serve(site);
        using var after = await _client.GetAsync(new Uri(_server.Origin, StaticServer.BlankPath));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("<title>blank</title>", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Fails_a_path_the_first_times_then_serves_it_and_records_every_request()
    {
        var site = new ServedSite(Root).FailFirst("/sub/chunk.js", 2);
        _server!.Serve(site);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _client.GetAsync(new Uri(_server.Origin, "sub/chunk.js"));
            statuses.Add(response.StatusCode);
        }
        using var missing = await _client.GetAsync(new Uri(_server.Origin, "nope.js"));
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK], statuses);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(
            [new ServedRequest("/sub/chunk.js", 404), new ServedRequest("/sub/chunk.js", 404), new ServedRequest("/sub/chunk.js", 200), new ServedRequest("/nope.js", 404)],
            site.Requests);
        Assert.Equal(["/sub/chunk.js"], site.FailedPaths);
    }

    [Theory]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/sub/..%2F..%2Fsecret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    public async Task Never_serves_outside_the_folder(string path)
    {
        Assert.True(File.Exists(Path.Combine(_folder, "secret.txt")));
        _server!.Serve(new ServedSite(Root));
        using var response = await _client.GetAsync(_server.Origin.GetLeftPart(UriPartial.Authority) + path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
