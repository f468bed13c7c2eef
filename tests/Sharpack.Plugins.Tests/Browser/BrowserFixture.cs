// The browser tests' shared setup, once per test run (an xunit collection fixture): a browser
// build of jest's `expect` (build-expect.cjs), the static server and one headless Chromium.
// Run() serves a folder, opens a generated test page that loads the in-page runner
// (harness.js), expect and the given scripts in order, and waits for the runner's results.

using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Sharpack.Plugins.Tests.Browser;

/// <summary>Chromium, the static server and the test page, shared by the browser test classes.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The name of the xunit collection whose classes share this fixture.</summary>
    public const string Collection = "Chromium";

    /// <summary>The path of the generated test page.</summary>
    public const string PagePath = "/__harness__.html";

    private static readonly string s_browserFolder = Path.Combine(TestPaths.Root, "tests", "Sharpack.Plugins.Tests", "Browser");
    private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromSeconds(20);

    private byte[] _expect = [];
    private byte[] _harness = [];
    private StaticServer? _server;
    private ChromiumBrowser? _browser;

    /// <summary>Builds expect for the browser, starts the server and Chromium.</summary>
    public async Task InitializeAsync()
    {
        var nodeModules = Path.Combine(TestPaths.Root, "tests", "fixtures", "node_modules");
        if (!Directory.Exists(Path.Combine(nodeModules, "esbuild")))
            throw new InvalidOperationException("tests/fixtures/node_modules/esbuild is missing: run tests/setup.sh");
        var folder = Path.Combine(Path.GetTempPath(), "sharpack-browser-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var expectFile = Path.Combine(folder, "expect.js");
        var (exitCode, output) = TestPaths.RunNode(folder, Path.Combine(s_browserFolder, "build-expect.cjs"), nodeModules, expectFile);
        if (exitCode != 0)
            throw new InvalidOperationException("building expect for the browser failed:\n" + output);
        _expect = await File.ReadAllBytesAsync(expectFile);
        _harness = await File.ReadAllBytesAsync(Path.Combine(s_browserFolder, "harness.js"));
        _server = await StaticServer.StartAsync();
        _browser = new ChromiumBrowser();
    }

    /// <summary>Quits Chromium and stops the server.</summary>
    public async Task DisposeAsync()
    {
        _browser?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }

    /// <summary>
    /// Serves <paramref name="root"/>, opens the test page with <paramref name="scripts"/> (paths relative to the
    /// root, in order) and returns what the in-page runner reported once its tests are done.
    /// </summary>
    /// <param name="title">The page title (the case name).</param>
    /// <param name="root">The folder served at <c>/</c>.</param>
    /// <param name="scripts">The scripts the page loads after the runner and expect.</param>
    /// <param name="failFirst">Paths relative to the root the server answers with 404 the given number of times first.</param>
    /// <param name="timeout">How long the tests may take (default 20 s).</param>
    /// <param name="module">Load the scripts as ES modules (<c>type="module"</c>).</param>
    public PageRun Run(string title, string root, IReadOnlyList<string> scripts, IReadOnlyDictionary<string, int>? failFirst = null, TimeSpan? timeout = null, bool module = false)
    {
        if (_server is null || _browser is null)
            throw new InvalidOperationException("the fixture is not initialized");
        var site = new ServedSite(root)
            .With(PagePath, Encoding.UTF8.GetBytes(Page(title, scripts, module)))
            .With("/__harness__/harness.js", _harness, cacheable: true)
            .With("/__harness__/expect.js", _expect, cacheable: true);
        foreach (var (path, times) in failFirst ?? new Dictionary<string, int>())
            site.FailFirst("/" + path.TrimStart('/'), times);

        var wait = timeout ?? s_defaultTimeout;
        _browser.Open(new Uri(_server.Origin, PagePath), () => _server.Serve(site));
        var state = _browser.Poll("window.__sharpackHarness && window.__sharpackHarness.done ? window.__sharpackHarness : null", wait)
            ?? _browser.Poll("window.__sharpackHarness || null", TimeSpan.Zero);
        var log = _browser.ReadLog();
        return new PageRun
        {
            Finished = state is { } done && done.GetProperty("done").GetBoolean(),
            Timeout = wait,
            Lines = Strings(state, "lines"),
            Failed = state is { } s ? s.GetProperty("failed").GetInt32() : 0,
            PageErrors = state is null ? ["the harness did not start (harness.js not loaded?)"] : Strings(state, "errors"),
            BrowserErrors = [.. log.Where(e => e.Level == OpenQA.Selenium.LogLevel.Severe && !IsInjectedFailure(e.Message, site)).Select(e => e.Message)],
            Requests = site.Requests,
            InjectedFailures = site.FailedPaths,
        };
    }

    private static IReadOnlyList<string> Strings(JsonElement? state, string property) =>
        state is { } s ? [.. s.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? "")] : [];

    // Chromium logs "URL - Failed to load resource: the server responded with a status of 404 (Not Found)".
    private bool IsInjectedFailure(string message, ServedSite site)
    {
        var space = message.IndexOf(' ');
        return message.Contains("Failed to load resource", StringComparison.Ordinal)
            && space > 0
            && Uri.TryCreate(message[..space], UriKind.Absolute, out var url)
            && url.GetLeftPart(UriPartial.Authority) == _server!.Origin.GetLeftPart(UriPartial.Authority)
            && site.FailedPaths.Contains(url.AbsolutePath);
    }

    private static string Page(string title, IReadOnlyList<string> scripts, bool module)
    {
        var page = new StringBuilder();
        page.AppendLine("<!DOCTYPE html>");
        page.AppendLine("<html>");
        page.AppendLine("<head>");
        page.AppendLine("<meta charset=\"utf-8\">");
        page.AppendLine($"<title>{WebUtility.HtmlEncode(title)}</title>");
        page.AppendLine("<link rel=\"icon\" href=\"data:,\">");
        page.AppendLine("<script src=\"/__harness__/harness.js\"></script>");
        page.AppendLine("<script src=\"/__harness__/expect.js\"></script>");
        // A page's stylesheets (an initial chunk's .css) are linked in the head, as an HTML page links them.
        foreach (var script in scripts)
        {
            if (script.EndsWith(".css", StringComparison.Ordinal))
                page.AppendLine($"<link rel=\"stylesheet\" href=\"{WebUtility.HtmlEncode(script)}\">");
        }
        page.AppendLine("</head>");
        page.AppendLine("<body>");
        foreach (var script in scripts)
        {
            if (!script.EndsWith(".css", StringComparison.Ordinal))
                page.AppendLine($"<script{(module ? " type=\"module\"" : "")} src=\"{WebUtility.HtmlEncode(script)}\"></script>");
        }
        page.AppendLine("</body>");
        page.AppendLine("</html>");
        return page.ToString();
    }
}
