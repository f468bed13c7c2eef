// Issue 16: the minifier's output renders the same in headless Chromium. For each of several
// corpus stylesheets, a test page generated from its selectors (TestPage) is rendered in one
// Chromium session (tests/Shared/ChromiumSession.cs, shared through ChromiumFixture) three
// times: without the stylesheet and with it (two frames of one window), and with CssMinifier's
// output (a frame of a second window: another renderer process, so both sides work at once).
// Every element's computed style (all properties, custom ones included, and its
// pseudo-elements') must be the same with the original and the minified stylesheet; and the
// original must style most elements (their computed style differs from the page without it), so
// the comparison is not vacuous. The in-page half is compare-styles.js; README.md has the details.

using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenQA.Selenium;
using Sharpack.Css.Tests.Support;
using Sharpack.Tests;
using Xunit.Abstractions;

namespace Sharpack.Css.Tests.Browser;

public sealed class MinifiedCssRendersTheSameTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>, IDisposable
{
    /// <summary>The viewport of each rendering (its iframe's size): what media queries see.</summary>
    private const int Width = 1280;
    private const int Height = 1024;

    /// <summary>The most elements a test page has (sampled deterministically past it).</summary>
    private const int ElementBudget = 5000;

    /// <summary>How many elements whose styles differ are read in full to tell what differs (spread over all of them, 3/4 at least with standard properties that differ).</summary>
    private const int InspectedElements = 300;

    /// <summary>How many kinds of difference a failure lists.</summary>
    private const int ReportedKinds = 30;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(120);
    private static readonly string s_script = Path.Combine(TestRepository.TestSources("Sharpack.Css.Tests"), "Browser", "compare-styles.js");
    private static readonly JsonSerializerOptions s_readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _folder = Directory.CreateTempSubdirectory("sharpack-css-browser-").FullName;

    public static TheoryData<string> Stylesheets() =>
    [
        "bootstrap/dist/css/bootstrap.css",
        "bulma/css/bulma.css",
        "@picocss/pico/css/pico.css",
        "animate.css/animate.css",
        "daisyui/daisyui.css",
        "@fortawesome/fontawesome-free/css/all.css",
        "normalize.css/normalize.css",
        ".generated/tailwind/tailwind.css",
    ];

    [Theory]
    [MemberData(nameof(Stylesheets))]
    public void Minified_stylesheet_renders_the_same(string name)
    {
        var path = Corpus(name);
        var css = File.ReadAllText(path);
        var result = Render(name, path, css, CssMinifier.Minify(css).Code);
        if (result.Differing > 0)
        {
            Assert.Fail($"{name}: the computed styles of {result.Differing} of {result.Elements} elements differ with the minified stylesheet: "
                + $"in standard properties for {result.StandardDiffering}, in custom properties only for {result.Differing - result.StandardDiffering}. {result.Report}");
        }
        // Not vacuous: the stylesheet applies, and the page's elements match its selectors.
        Assert.True(result.Styled >= result.Elements * 0.5, $"the stylesheet styles only {result.Styled} of {result.Elements} elements");
        Assert.True(result.StyledOwn >= result.Elements * 0.2, $"the stylesheet's rules style only {result.StyledOwn} of {result.Elements} elements themselves");
    }

    // The comparison finds a difference: normalize.css against itself with html's line-height changed.
    [Fact]
    public void A_changed_declaration_is_found()
    {
        const string Name = "normalize.css/normalize.css";
        var path = Corpus(Name);
        var css = File.ReadAllText(path);
        var changed = css.Replace("line-height: 1.15;", "line-height: 1.16;", StringComparison.Ordinal);
        Assert.NotEqual(css, changed);
        var result = Render(Name, path, css, changed);
        output.WriteLine(result.Report);
        Assert.True(result.StandardDiffering > result.Elements / 2, $"{result.StandardDiffering} of {result.Elements} elements differ"); // most inherit html's line-height
        Assert.Contains("html: line-height: \"18.4px\" → \"18.56px\"", result.Report, StringComparison.Ordinal);
    }

    private static string Corpus(string name) => CssCorpus.Files().SingleOrDefault(f => f.Name == name).Path
        ?? throw new InvalidOperationException($"{name} is not in Corpus/css-corpus.txt");

    /// <summary>What rendering a stylesheet's test page with <c>css</c> and with <c>other</c> found.</summary>
    private sealed record Comparison(int Elements, int Styled, int StyledOwn, int Differing, int StandardDiffering, string Report);

    // Renders the test page of `css` (the file at `path`) without it and with it in one window, with `other` in another, and compares.
    private Comparison Render(string name, string path, string css, string other)
    {
        var watch = Stopwatch.StartNew();
        var page = TestPage.Build(SelectorScan.Of(css), ElementBudget);
        var tree = page.ToJson();
        var prepared = watch.ElapsedMilliseconds;

        // The frames' parent: a file:// page, so that theirs (srcdoc) may load the stylesheet's fonts from its folder.
        var blank = Path.Combine(_folder, "blank.html");
        File.WriteAllText(blank, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sharpack CSS</title></head><body style=\"margin:0\"></body></html>");
        var baseHref = new Uri(Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar).AbsoluteUri;
        var script = File.ReadAllText(s_script);
        var driver = chromium.Session.Driver;
        var originalWindow = driver.CurrentWindowHandle;
        driver.Navigate().GoToUrl(new Uri(blank));
        driver.SwitchTo().NewWindow(WindowType.Window);
        var otherWindow = driver.CurrentWindowHandle;
        try
        {
            driver.Navigate().GoToUrl(new Uri(blank));
            const string Start = "\nwindow.__sharpackCss.start(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4]);";
            Run(originalWindow, script + Start, new object?[] { null, css }, tree, baseHref, Width, Height);
            Run(otherWindow, script + Start, new object?[] { other }, tree, baseHref, Width, Height);
            var originalLoad = Wait(originalWindow);
            var otherLoad = Wait(otherWindow);
            var loaded = watch.ElapsedMilliseconds;
            Run(originalWindow, "window.__sharpackCss.digest(1, 0);");
            Run(otherWindow, "window.__sharpackCss.digest(0, null);");
            var original = Wait(originalWindow);
            var otherDigest = Wait(otherWindow);
            var digested = watch.ElapsedMilliseconds;

            var elements = original.GetProperty("elements").GetInt32();
            var styled = original.GetProperty("styled").GetInt32();
            var styledOwn = original.GetProperty("styledOwn").GetInt32();
            output.WriteLine($"{name}: {css.Length:N0} chars against {other.Length:N0}; page: {page.Summary}");
            output.WriteLine($"load: {originalLoad} {otherLoad}");
            output.WriteLine($"{elements} elements, {original.GetProperty("properties").GetInt32()} properties, {original.GetProperty("reads").GetInt32():N0} values read a side, "
                + $"{original.GetProperty("pseudos").GetInt32()} ::before/::after with content; styled: {styled} ({100.0 * styled / elements:F1}%), "
                + $"by their own rules: {styledOwn} ({100.0 * styledOwn / elements:F1}%)");
            output.WriteLine($"time: prepare {prepared} ms, load {loaded - prepared} ms, digests {digested - loaded} ms "
                + $"(in the pages: {original.GetProperty("hashMs").GetInt32()} + {original.GetProperty("styledMs").GetInt32()} ms and {otherDigest.GetProperty("hashMs").GetInt32()} ms)");

            foreach (var load in new[] { originalLoad, otherLoad })
            {
                foreach (var count in load.GetProperty("elements").EnumerateArray())
                    Assert.Equal(page.Elements + 2, count.GetInt32()); // html and body too
                foreach (var viewport in load.GetProperty("viewport").EnumerateArray())
                    Assert.StartsWith($"{Width}x", viewport.GetString(), StringComparison.Ordinal);
            }
            Assert.Equal(originalLoad.GetProperty("fonts")[1].ToString(), otherLoad.GetProperty("fonts")[0].ToString());

            var originalHashes = Strings(original.GetProperty("hashes"));
            var otherHashes = Strings(otherDigest.GetProperty("hashes"));
            Assert.Equal(originalHashes.Count, otherHashes.Count);
            // A hash is "standard:custom": of the standard properties (and pseudo-elements' content), of the custom ones.
            static string Standard(string hash) => hash[..hash.IndexOf(':', StringComparison.Ordinal)];
            var differing = Enumerable.Range(0, originalHashes.Count).Where(i => originalHashes[i] != otherHashes[i]).ToList();
            var standard = differing.Where(i => Standard(originalHashes[i]) != Standard(otherHashes[i])).ToList();
            var report = "";
            if (differing.Count > 0)
            {
                var customOnly = differing.Except(standard).ToList();
                var standardInspected = Math.Min(standard.Count, InspectedElements - Math.Min(customOnly.Count, InspectedElements / 4));
                report = Differences(originalWindow, otherWindow, [.. Spread(standard, standardInspected), .. Spread(customOnly, InspectedElements - standardInspected)]);
                output.WriteLine($"time: reading the differences {watch.ElapsedMilliseconds - digested} ms");
            }
            return new Comparison(elements, styled, styledOwn, differing.Count, standard.Count, report);
        }
        finally
        {
            driver.SwitchTo().Window(otherWindow);
            driver.Close();
            driver.SwitchTo().Window(originalWindow);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold the page open; the folder is in the temp directory.
        }
    }

    // Runs a script in a window: it starts work in the page, which Wait waits for.
    private void Run(string window, string script, params object?[] arguments)
    {
        var driver = chromium.Session.Driver;
        driver.SwitchTo().Window(window);
        driver.ExecuteScript(script, arguments);
    }

    // The result of the work started in a window (its JSON), polled for every 20 ms.
    private JsonElement Wait(string window)
    {
        var driver = chromium.Session.Driver;
        driver.SwitchTo().Window(window);
        var deadline = DateTime.UtcNow + s_timeout;
        while (true)
        {
            if (driver.ExecuteScript("return window.__sharpackCss.poll();") is string json)
                return JsonSerializer.Deserialize<JsonElement>(json);
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the page did not finish in {s_timeout}");
            Thread.Sleep(20);
        }
    }

    // At most `count` of `indices`, spread over all of them.
    private static List<int> Spread(List<int> indices, int count) =>
        indices.Count <= count ? indices : [.. Enumerable.Range(0, count).Select(k => indices[(int)((long)k * indices.Count / count)])];

    // What differs in the given elements: the first kinds (property, original value, minified value), each
    // with the first element it is seen on and a count.
    private string Differences(string originalWindow, string otherWindow, int[] indices)
    {
        var driver = chromium.Session.Driver;
        driver.SwitchTo().Window(originalWindow);
        var original = Json(driver.ExecuteScript("return window.__sharpackCss.dump(1, arguments[0]);", indices));
        driver.SwitchTo().Window(otherWindow);
        var minified = Json(driver.ExecuteScript("return window.__sharpackCss.dump(0, arguments[0]);", indices));
        var kinds = new Dictionary<(string Property, string Original, string Minified), (string Where, int Count)>();
        var order = new List<(string, string, string)>();
        var total = 0;
        foreach (var (a, b) in original.GetProperty("elements").EnumerateArray().Zip(minified.GetProperty("elements").EnumerateArray()))
        {
            var where = $"#{a.GetProperty("index").GetInt32()} {a.GetProperty("element").GetString()}";
            var (left, leftContentOnly) = Values(a, original.GetProperty("standard"));
            var (right, rightContentOnly) = Values(b, minified.GetProperty("standard"));
            foreach (var key in left.Keys.Union(right.Keys))
            {
                // A pseudo-element without content was read for `content` alone: its other properties are not compared.
                if ((!left.ContainsKey(key) && leftContentOnly.Contains(key.Pseudo)) || (!right.ContainsKey(key) && rightContentOnly.Contains(key.Pseudo)))
                    continue;
                var x = left.GetValueOrDefault(key);
                var y = right.GetValueOrDefault(key);
                if (x == y)
                    continue;
                total++;
                var kind = (key.Property, x ?? "(absent)", y ?? "(absent)");
                if (kinds.TryGetValue(kind, out var seen))
                {
                    kinds[kind] = (seen.Where, seen.Count + 1);
                }
                else
                {
                    kinds[kind] = (where + key.Pseudo, 1);
                    order.Add(kind);
                }
            }
        }
        // Standard properties first: what renders differently; then custom properties (what scripts read differently).
        var listed = order.OrderBy(k => k.Item1.StartsWith("--", StringComparison.Ordinal)).Take(ReportedKinds).ToList();
        var custom = order.Count(k => k.Item1.StartsWith("--", StringComparison.Ordinal));
        var report = new StringBuilder($"In {indices.Length} of them (at most {InspectedElements}, spread over all, most with standard properties that differ), {total} property values differ, "
            + $"of {kinds.Count} kinds (property: original value → minified value; {order.Count - custom} of standard properties, {custom} of custom properties); "
            + $"the first {listed.Count}, standard properties first, with the first element and the count:\n");
        foreach (var kind in listed)
            report.Append($"  {kinds[kind].Where}: {kind.Item1}: {Quote(kind.Item2)} → {Quote(kind.Item3)} (×{kinds[kind].Count})\n");
        return report.ToString();
    }

    // One dumped element's values by (pseudo-element, property), and the pseudo-elements read for their `content` alone.
    private static (Dictionary<(string Pseudo, string Property), string> Values, HashSet<string> ContentOnly) Values(JsonElement element, JsonElement standard)
    {
        var values = new Dictionary<(string, string), string>();
        var contentOnly = new HashSet<string>(StringComparer.Ordinal);
        foreach (var style in element.GetProperty("styles").EnumerateArray())
        {
            var label = style.GetProperty("label").GetString()!;
            var all = style.GetProperty("names").ValueKind == JsonValueKind.Null;
            if (!all && label is ("::before" or "::after"))
                contentOnly.Add(label);
            var names = all ? standard : style.GetProperty("names");
            foreach (var (property, value) in names.EnumerateArray().Zip(style.GetProperty("list").EnumerateArray()))
                values[(label, property.GetString()!)] = value.GetString()!;
            foreach (var custom in style.GetProperty("custom").EnumerateObject())
                values[(label, custom.Name)] = custom.Value.GetString()!;
        }
        return (values, contentOnly);
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];

    // A value as a JSON string, quotes escaped and the rest as is: `"a \"b\""`.
    private static string Quote(string value) => JsonSerializer.Serialize(value, s_readable);

    private static JsonElement Json(object? value) =>
        value is string json ? JsonSerializer.Deserialize<JsonElement>(json) : throw new InvalidOperationException($"the page script returned {value ?? "null"}");
}
