// One headless Chromium driven through ChromeDriver (Selenium), Debian's `chromium` and
// `chromium-driver` found on PATH (.ci/run installs them). Selenium Manager is never used: the
// driver and browser paths are given, and the package's native assets are excluded. Each
// instance starts the browser with a fresh profile folder, deleted on dispose.

using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Sharpack.Plugins.Tests.Browser;

internal sealed class ChromiumBrowser : IDisposable
{
    private static readonly string[] s_arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic",
    ];

    private readonly ChromeDriver _driver;
    private readonly string _profile;

    public ChromiumBrowser()
    {
        var chromium = FindOnPath("chromium");
        var chromedriver = FindOnPath("chromedriver");
        _profile = Path.Combine(Path.GetTempPath(), "sharpack-chromium-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_profile);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(s_arguments);
        options.AddArgument("--user-data-dir=" + _profile);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        _driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    /// <summary>Opens <paramref name="url"/> after a blank page; returns when the page has loaded.</summary>
    /// <param name="beforeNavigation">Runs once the previous page is gone, before the new one is requested.</param>
    public void Open(Uri url, Action beforeNavigation)
    {
        // First a blank page of the same origin, so the old page is gone and no late request of it
        // reaches the next site. PERF: about:blank instead cost about 150 ms a case, this page
        // about 50 (measured on the 2-core machine under load).
        _driver.Navigate().GoToUrl(new Uri(url, StaticServer.BlankPath));
        ReadLog(); // drop what earlier pages logged
        beforeNavigation();
        _driver.Navigate().GoToUrl(url);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page every 20 ms until it is not null or <paramref name="timeout"/> passes; returns it as JSON (null on timeout).</summary>
    public JsonElement? Poll(string expression, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_driver.ExecuteScript($"return JSON.stringify({expression});") is string json
                && JsonSerializer.Deserialize<JsonElement>(json) is { ValueKind: not JsonValueKind.Null } value)
                return value;
            if (DateTime.UtcNow >= deadline)
                return null;
            Thread.Sleep(20);
        }
    }

    /// <summary>The browser's log entries (console, network, uncaught errors) since the last call.</summary>
    public IReadOnlyList<LogEntry> ReadLog() => _driver.Manage().Logs.GetLog(LogType.Browser);

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's last writes may still be closing; the folder is in the temp directory.
        }
    }

    private static string FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, name);
            if (directory.Length > 0 && File.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException(
            $"'{name}' is not on PATH: the browser tests need Debian's chromium and chromium-driver (.ci/run installs them: apt-get install chromium chromium-driver)");
    }
}
