// `sharpack serve` end to end: the dev server builds a small app into memory and serves it to
// headless Chromium. An edit to an accepted module runs without a reload (the page's state
// survives), a CSS-free leaf edit that nothing accepts reloads the page, a syntax error shows the
// overlay with its file, position and code frame and the next good save clears it, and requests for
// a foreign Host or outside the served folders are refused.

using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Tests;
using Xunit;

namespace Sharpack.DevServer.Tests;

public sealed class DevServerTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-devserver-").FullName;
    private ChromiumSession? _browser;
    private DevServer? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        _browser?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<DevServer> Start(string devServer = "{}")
    {
        var json = """{ "mode": "development", "target": "web", "entry": "./src/index.js" }""";
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var options = DevServerOptions.Read(JsonNode.Parse(devServer), _root) with { Port = 0 };
        var compiler = Sharpack.Plugins.SharpackPlugins.CreateCompiler(result.Options!, DevServer.Plugins(options));
        _server = await DevServer.StartAsync(compiler, options);
        await _server.FirstBuild.WaitAsync(TimeSpan.FromSeconds(60));
        return _server;
    }

    private object? Eval(string script) => _browser!.Driver.ExecuteScript(script);

    // Waits until the script returns true in the page.
    private void WaitFor(string script, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if (Eval(script) is true)
                    return;
            }
            catch (OpenQA.Selenium.WebDriverException)
            {
                // The page is reloading.
            }
            Thread.Sleep(50);
        }
        Assert.Fail("timed out waiting for " + what + "; page text: " + Eval("return document.body && document.body.innerText"));
    }

    [Fact]
    public async Task Edits_apply_without_a_reload_unaccepted_ones_reload_and_errors_show_until_fixed()
    {
        Write("public/index.html", """<!doctype html><html><body><div id="out"></div><div id="leaf"></div><script src="/main.js"></script></body></html>""");
        Write("src/index.js", """
            import { text } from "./text";
            import { leaf } from "./leaf";
            const render = () => { document.getElementById("out").textContent = text; };
            render();
            document.getElementById("leaf").textContent = leaf;
            window.loads = (window.loads || 0) + 1;
            if (module.hot) module.hot.accept("./text", render);
            """);
        Write("src/text.js", "export const text = 'v1';\n");
        Write("src/leaf.js", "export const leaf = 'leaf1';\n");
        var server = await Start();
        _browser = new ChromiumSession();
        _browser.Driver.Navigate().GoToUrl(new Uri(server.Address, "/"));
        WaitFor("return document.getElementById('out').textContent === 'v1'", "the first render");
        Eval("window.marker = 'kept';");

        // An accepted module's new code runs in the page; the page is not reloaded.
        Write("src/text.js", "export const text = 'v2';\n");
        WaitFor("return document.getElementById('out').textContent === 'v2'", "the hot update");
        Assert.Equal("kept", Eval("return window.marker"));

        // A syntax error shows the overlay with the file, position and code frame; fixing it clears it.
        Write("src/text.js", "export const text = ;\n");
        WaitFor("return !!document.getElementById('sharpack-dev-server-overlay')", "the error overlay");
        var overlay = (string)Eval("return document.getElementById('sharpack-dev-server-overlay').innerText")!;
        Assert.Contains("./src/text.js 1:", overlay, StringComparison.Ordinal);
        Assert.Contains("export const text = ;", overlay, StringComparison.Ordinal);
        Write("src/text.js", "export const text = 'v3';\n");
        WaitFor("return document.getElementById('out').textContent === 'v3' && !document.getElementById('sharpack-dev-server-overlay')", "the recovery");
        Assert.Equal("kept", Eval("return window.marker"));

        // A module nobody accepts: the page reloads (its state is gone) and shows the new code.
        Write("src/leaf.js", "export const leaf = 'leaf2';\n");
        WaitFor("return document.getElementById('leaf').textContent === 'leaf2'", "the reload");
        Assert.Null(Eval("return window.marker === undefined ? null : window.marker"));
    }

    [Fact]
    public async Task A_foreign_host_and_paths_outside_the_served_folders_are_refused()
    {
        Write("public/index.html", "<!doctype html><p>hi</p>");
        Write("src/index.js", "console.log('x');\n");
        Write("secret.txt", "TOP-SECRET-CONTENT");
        var server = await Start();
        async Task<string> Get(string path, string host)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, server.Address.Port);
            var stream = tcp.GetStream();
            var request = System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(request);
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync();
        }
        var local = "127.0.0.1:" + server.Address.Port;
        Assert.StartsWith("HTTP/1.1 200", await Get("/main.js", local), StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200", await Get("/index.html", "localhost:" + server.Address.Port), StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 403", await Get("/main.js", "attacker.example.com"), StringComparison.Ordinal);
        foreach (var path in new[] { "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt" })
        {
            var response = await Get(path, local);
            Assert.StartsWith("HTTP/1.1 404", response, StringComparison.Ordinal);
            Assert.DoesNotContain("TOP-SECRET-CONTENT", response, StringComparison.Ordinal);
        }
    }
}
