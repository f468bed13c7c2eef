// The browser tests' Chromium: a ChromiumSession (tests/Shared/ChromiumSession.cs: Debian's
// chromium and chromedriver from PATH, the common arguments, a fresh profile) with the browser
// log recorded, plus what these tests do with it: open a page of the static server after its
// blank page, poll an expression, read the log.

using System.Text.Json;
using OpenQA.Selenium;
using Sharpack.Tests;

namespace Sharpack.Plugins.Tests.Browser;

internal sealed class ChromiumBrowser : IDisposable
{
    private readonly ChromiumSession _session = new(options => options.SetLoggingPreference(LogType.Browser, LogLevel.All));

    /// <summary>Opens <paramref name="url"/> after a blank page; returns when the page has loaded.</summary>
    /// <param name="beforeNavigation">Runs once the previous page is gone, before the new one is requested.</param>
    public void Open(Uri url, Action beforeNavigation)
    {
        // First a blank page of the same origin, so the old page is gone and no late request of it
        // reaches the next site. PERF: about:blank instead cost about 150 ms a case, this page
        // about 50 (measured on the 2-core machine under load).
        _session.Driver.Navigate().GoToUrl(new Uri(url, StaticServer.BlankPath));
        ReadLog(); // drop what earlier pages logged
        beforeNavigation();
        _session.Driver.Navigate().GoToUrl(url);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page every 20 ms until it is not null or <paramref name="timeout"/> passes; returns it as JSON (null on timeout).</summary>
    public JsonElement? Poll(string expression, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_session.Driver.ExecuteScript($"return JSON.stringify({expression});") is string json
                && JsonSerializer.Deserialize<JsonElement>(json) is { ValueKind: not JsonValueKind.Null } value)
                return value;
            if (DateTime.UtcNow >= deadline)
                return null;
            Thread.Sleep(20);
        }
    }

    /// <summary>The browser's log entries (console, network, uncaught errors) since the last call.</summary>
    public IReadOnlyList<LogEntry> ReadLog() => _session.Driver.Manage().Logs.GetLog(LogType.Browser);

    public void Dispose() => _session.Dispose();
}
