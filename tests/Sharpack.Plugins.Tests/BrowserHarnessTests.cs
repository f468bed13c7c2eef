// The browser harness itself, on hand-written scripts (no bundler): the in-page runner reports
// each test as run-case.cjs does, and every kind of trouble a case can cause in the page (a failed
// expectation, an uncaught error, a console error, an unhandled rejection, a missing script, a
// script loaded twice, a test that never ends) fails the run. A file the server is told to fail
// once and that the page loads again is not a problem: the retry a chunk-loading test needs.

using Sharpack.Plugins.Tests.Browser;
using Xunit;

namespace Sharpack.Plugins.Tests;

[Collection(BrowserFixture.Collection)]
public sealed class BrowserHarnessTests(BrowserFixture browser) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sharpack-harness-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Runs_sync_done_promise_and_late_registered_tests_in_order()
    {
        Write("tests.js", """
            it("sync", () => { expect([1, { a: 2 }]).toEqual([1, { a: 2 }]); });
            it("done callback", (done) => { setTimeout(() => { expect(1).toBe(1); done(); }, 10); });
            it("returned promise", async () => {
              await new Promise((resolve) => setTimeout(resolve, 10));
              expect(() => { throw new TypeError("bad"); }).toThrow(TypeError);
            });
            it("registers another test", () => {
              it("registered while another test ran", () => { expect(expect.any(Number).asymmetricMatch(3)).toBe(true); });
            });
            """);
        var run = browser.Run("harness: passing", _root, ["tests.js"]);
        Assert.True(run.Problems().Count == 0, run.Report());
        Assert.Equal(
            ["ok sync", "ok done callback", "ok returned promise", "ok registers another test", "ok registered while another test ran", "5 passed, 0 failed"],
            run.Lines);
    }

    [Fact]
    public void Failed_expectation_and_done_error_fail_the_run()
    {
        Write("tests.js", """
            it("passes", () => {});
            it("expects 2", () => { expect(1).toBe(2); });
            it("calls done with an error", (done) => { done(new Error("done with error")); });
            """);
        var run = browser.Run("harness: failing", _root, ["tests.js"]);
        Assert.Equal(2, run.Failed);
        Assert.Contains("2 test(s) failed", run.Problems());
        Assert.Equal("ok passes", run.Lines[0]);
        Assert.StartsWith("FAIL expects 2: expect(received).toBe(expected)", run.Lines[1], StringComparison.Ordinal);
        Assert.Equal("FAIL calls done with an error: done with error", run.Lines[2]);
        Assert.Equal("1 passed, 2 failed", run.Lines[^1]);
    }

    [Fact]
    public void No_registered_test_fails_the_run()
    {
        Write("empty.js", "window.loaded = true;\n");
        var run = browser.Run("harness: no tests", _root, ["empty.js"]);
        Assert.Equal(["FAIL no tests registered", "0 passed, 1 failed"], run.Lines);
        Assert.NotEmpty(run.Problems());
    }

    [Fact]
    public void Uncaught_error_while_loading_fails_the_run_and_later_scripts_still_run()
    {
        Write("throws.js", "throw new RangeError(\"thrown while loading\");\n");
        Write("tests.js", "it(\"still runs\", () => {});\n");
        var run = browser.Run("harness: uncaught", _root, ["throws.js", "tests.js"]);
        Assert.Equal(["ok still runs", "1 passed, 0 failed"], run.Lines);
        Assert.Contains(run.PageErrors, e => e.StartsWith("uncaught error: RangeError: thrown while loading", StringComparison.Ordinal));
        Assert.Contains(run.Problems(), p => p.Contains("thrown while loading", StringComparison.Ordinal));
    }

    [Fact]
    public void Console_error_fails_the_run()
    {
        Write("tests.js", "it(\"logs an error\", () => { console.error(\"something broke\", 42); });\n");
        var run = browser.Run("harness: console.error", _root, ["tests.js"]);
        Assert.Equal(0, run.Failed);
        Assert.Contains("console.error: something broke 42", run.PageErrors);
        Assert.Contains(run.BrowserErrors, e => e.Contains("something broke", StringComparison.Ordinal));
        Assert.NotEmpty(run.Problems());
    }

    [Fact]
    public void Unhandled_rejection_fails_the_run()
    {
        Write("tests.js", """
            Promise.reject(new Error("nobody handles this"));
            it("passes", () => {});
            """);
        var run = browser.Run("harness: unhandled rejection", _root, ["tests.js"]);
        Assert.Equal(0, run.Failed);
        Assert.Contains(run.PageErrors, e => e.StartsWith("unhandled rejection: Error: nobody handles this", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_script_fails_the_run()
    {
        Write("tests.js", "it(\"passes\", () => {});\n");
        var run = browser.Run("harness: missing script", _root, ["missing.js", "tests.js"]);
        Assert.Equal(0, run.Failed);
        Assert.Contains("/missing.js was answered 404", run.Problems());
        Assert.Contains(run.BrowserErrors, e => e.Contains("/missing.js", StringComparison.Ordinal) && e.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public void Script_loaded_twice_fails_the_run()
    {
        Write("tests.js", "it(\"passes\", () => {});\n");
        var run = browser.Run("harness: loaded twice", _root, ["tests.js", "tests.js"]);
        Assert.Equal(0, run.Failed);
        Assert.Contains("/tests.js was loaded 2 times", run.Problems());
    }

    [Fact]
    public void Injected_404_then_a_successful_retry_is_not_a_problem()
    {
        // What a JSONP chunk loader does after a failed load: a new <script> for the same file.
        Write("chunk.js", "window.chunkValue = 42;\n");
        Write("tests.js", """
            const load = () => new Promise((resolve, reject) => {
              const script = document.createElement("script");
              script.src = "chunk.js";
              script.onload = resolve;
              script.onerror = () => reject(new Error("chunk.js failed to load"));
              document.head.appendChild(script);
            });
            it("loads chunk.js on the second try", async () => {
              await expect(load()).rejects.toThrow("chunk.js failed to load");
              await load();
              expect(window.chunkValue).toBe(42);
            });
            """);
        var run = browser.Run("harness: retry", _root, ["tests.js"], new Dictionary<string, int> { ["chunk.js"] = 1 });
        Assert.True(run.Problems().Count == 0, run.Report());
        Assert.Equal(["ok loads chunk.js on the second try", "1 passed, 0 failed"], run.Lines);
        Assert.Equal([new ServedRequest("/chunk.js", 404), new ServedRequest("/chunk.js", 200)], run.Requests.Where(r => r.Path == "/chunk.js"));
    }

    [Fact]
    public void Test_that_never_settles_times_out()
    {
        Write("tests.js", """
            it("finishes", () => {});
            it("never settles", () => new Promise(() => {}));
            """);
        var run = browser.Run("harness: timeout", _root, ["tests.js"], timeout: TimeSpan.FromSeconds(1));
        Assert.False(run.Finished);
        Assert.Equal(["ok finishes"], run.Lines);
        Assert.Contains("the tests did not finish within 1 s", run.Problems());
    }

    private void Write(string name, string content)
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, name), content);
    }
}
