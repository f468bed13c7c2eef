// One headless Chromium driven through ChromeDriver (Selenium), Debian's `chromium` and
// `chromium-driver` found on PATH (.ci/run installs them), for the test projects that link
// tests/Shared (their .csproj references Selenium.WebDriver with ExcludeAssets="native").
// Selenium Manager is never used: the driver and browser paths are given, and the package's
// native assets are excluded. Each session starts the browser with a fresh profile folder,
// deleted on dispose. ChromiumFixture shares one session between the tests of a class or
// collection; Sharpack.Plugins.Tests' ChromiumBrowser adds its static-server navigation on top.

using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Sharpack.Tests;

/// <summary>A headless Chromium and its ChromeDriver, started on construction and quit on dispose.</summary>
internal sealed class ChromiumSession : IDisposable
{
    /// <summary>The command-line arguments every session starts Chromium with.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic",
        // Windows not in front keep their full speed and timers (tests that work in several windows at once).
        "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
    ];

    private readonly string _profile;

    /// <summary>Starts chromedriver and Chromium.</summary>
    /// <param name="configure">Adds to the options (logging preferences, more arguments) before the start.</param>
    public ChromiumSession(Action<ChromeOptions>? configure = null)
    {
        var chromium = FindOnPath("chromium");
        var chromedriver = FindOnPath("chromedriver");
        _profile = Path.Combine(Path.GetTempPath(), "sharpack-chromium-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_profile);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(Arguments);
        options.AddArgument("--user-data-dir=" + _profile);
        configure?.Invoke(options);
        try
        {
            Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }
        catch
        {
            service.Dispose();
            DeleteProfile();
            throw;
        }
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    /// <summary>The driver: navigation, scripts, logs.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>
    /// Runs <paramref name="script"/> (a function body) in the current page with <paramref name="arguments"/>
    /// (<c>arguments[0]</c>…) and returns its result; a returned promise is awaited, for at most <paramref name="timeout"/>.
    /// </summary>
    public object? Execute(TimeSpan timeout, string script, params object?[] arguments)
    {
        Driver.Manage().Timeouts().AsynchronousJavaScript = timeout;
        return Driver.ExecuteScript(script, arguments);
    }

    /// <summary>Quits Chromium and chromedriver and deletes the profile folder.</summary>
    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        DeleteProfile();
    }

    /// <summary>The path of executable <paramref name="name"/> on PATH; throws, naming the Debian packages, when it is not there.</summary>
    public static string FindOnPath(string name)
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

    private void DeleteProfile()
    {
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's last writes may still be closing; the folder is in the temp directory.
        }
    }
}
