// Hook semantics in the spirit of tapable's own tests: taps run by stage then registration,
// `before` moves a tap ahead of named ones, bail stops at the first answer, waterfall threads a
// value, loop starts over while a tap asks, async series awaits in turn, async parallel runs
// together, interceptors see registrations, calls, taps, loops, results, errors and the end,
// hook maps create hooks on demand, and an untapped hook completes at once.

using Sharpack.Core.Hooks;
using Xunit;

namespace Sharpack.Core.Tests.Hooks;

public sealed class HookTests
{
    [Fact]
    public void Taps_run_by_stage_then_registration_order()
    {
        var hook = new SyncHook<List<string>>("test");
        hook.Tap(new TapOptions("late") { Stage = 10 }, log => log.Add("late"));
        hook.Tap("a", log => log.Add("a"));
        hook.Tap(new TapOptions("early") { Stage = -10 }, log => log.Add("early"));
        hook.Tap("b", log => log.Add("b"));
        hook.Tap(new TapOptions("late2") { Stage = 10 }, log => log.Add("late2"));
        var log = new List<string>();
        hook.Call(log);
        Assert.Equal(["early", "a", "b", "late", "late2"], log);
        Assert.Equal(["early", "a", "b", "late", "late2"], hook.Taps.Select(t => t.Name));
    }

    [Fact]
    public void Before_places_a_tap_ahead_of_the_named_ones_whatever_their_stage()
    {
        var hook = new SyncHook<List<string>>();
        hook.Tap("a", log => log.Add("a"));
        hook.Tap("b", log => log.Add("b"));
        hook.Tap("c", log => log.Add("c"));
        hook.Tap(new TapOptions("before-b") { Before = ["b"] }, log => log.Add("before-b"));
        hook.Tap(new TapOptions("before-a-and-c") { Before = ["c", "a"] }, log => log.Add("before-a-and-c"));
        var log = new List<string>();
        hook.Call(log);
        Assert.Equal(["before-a-and-c", "a", "before-b", "b", "c"], log);
    }

    [Fact]
    public void Sync_hooks_pass_every_argument()
    {
        var hook = new SyncHook<int, string, double>();
        var seen = "";
        hook.Tap("x", (a, b, c) => seen += $"{a}{b}{c};");
        hook.Tap("y", (a, b, c) => seen += $"{c}{b}{a};");
        hook.Call(1, "-", 2.5);
        Assert.Equal("1-2.5;2.5-1;", seen);
        var none = new SyncHook();
        var count = 0;
        none.Tap("n", () => count++);
        none.Call();
        none.Call();
        Assert.Equal(2, count);
    }

    [Fact]
    public void Bail_returns_the_first_answer_and_skips_the_rest()
    {
        var hook = new SyncBailHook<int, bool?>();
        var ran = new List<string>();
        hook.Tap("no-answer", x => { ran.Add("no-answer"); return null; });
        hook.Tap("answers-false", x => { ran.Add("answers-false"); return x > 5 ? null : false; });
        hook.Tap("answers-true", x => { ran.Add("answers-true"); return true; });
        Assert.False(hook.Call(1));
        Assert.Equal(["no-answer", "answers-false"], ran);
        ran.Clear();
        Assert.True(hook.Call(10));
        Assert.Equal(["no-answer", "answers-false", "answers-true"], ran);
        Assert.Null(new SyncBailHook<int, string?>().Call(1));
    }

    [Fact]
    public void Waterfall_threads_the_first_argument_through_the_taps()
    {
        var hook = new SyncWaterfallHook<string, int>();
        hook.Tap("append", (text, n) => text + n);
        hook.Tap("upper", (text, _) => text.ToUpperInvariant());
        Assert.Equal("A1", hook.Call("a", 1));
        Assert.Equal("unchanged", new SyncWaterfallHook<string>().Call("unchanged"));
    }

    [Fact]
    public void Loop_starts_over_while_a_tap_asks_for_another_round()
    {
        var hook = new SyncLoopHook<List<string>>();
        var first = 0;
        var second = 0;
        hook.Tap("first", log => { log.Add("first" + first); return ++first < 2; });
        hook.Tap("second", log => { log.Add("second" + second); return ++second < 3; });
        var log = new List<string>();
        hook.Call(log);
        // first asks again once; then second asks twice, and each time first runs again too.
        Assert.Equal(["first0", "first1", "second0", "first2", "second1", "first3", "second2"], log);
    }

    [Fact]
    public async Task Async_series_awaits_each_tap_in_turn()
    {
        var hook = new AsyncSeriesHook<List<string>>();
        hook.TapAsync("slow", async log => { await Task.Delay(30); log.Add("slow"); });
        hook.Tap("sync", log => log.Add("sync"));
        hook.TapAsync("fast", async log => { await Task.Yield(); log.Add("fast"); });
        var log = new List<string>();
        await hook.CallAsync(log);
        Assert.Equal(["slow", "sync", "fast"], log);
    }

    [Fact]
    public async Task Async_parallel_runs_the_taps_together()
    {
        var hook = new AsyncParallelHook();
        var a = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var b = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Each waits for the other: only a parallel call completes.
        hook.TapAsync("a", async () => { a.SetResult(); await b.Task; });
        hook.TapAsync("b", async () => { b.SetResult(); await a.Task; });
        var call = hook.CallAsync().AsTask();
        Assert.Same(call, await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(30))));
        await call;
    }

    [Fact]
    public async Task Async_bail_and_waterfall_answer_like_their_sync_forms()
    {
        var bail = new AsyncSeriesBailHook<int, string?>();
        bail.Tap("none", _ => null);
        bail.TapAsync("async", async x => { await Task.Yield(); return x == 2 ? "two" : null; });
        bail.Tap("last", _ => "last");
        Assert.Equal("two", await bail.CallAsync(2));
        Assert.Equal("last", await bail.CallAsync(3));

        var waterfall = new AsyncSeriesWaterfallHook<int>();
        waterfall.Tap("double", x => x * 2);
        waterfall.TapAsync("add", async x => { await Task.Yield(); return x + 1; });
        Assert.Equal(7, await waterfall.CallAsync(3));
    }

    [Fact]
    public async Task Errors_propagate_and_later_taps_do_not_run()
    {
        var hook = new AsyncSeriesHook<int>();
        var ran = false;
        hook.Tap("throws", _ => throw new InvalidOperationException("boom"));
        hook.Tap("after", _ => ran = true);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await hook.CallAsync(1));
        Assert.Equal("boom", error.Message);
        Assert.False(ran);
    }

    [Fact]
    public void Interceptors_see_registration_calls_taps_results_and_the_end()
    {
        var hook = new SyncBailHook<int, string?>("bail");
        hook.Tap("before-interceptor", _ => null);
        var events = new List<string>();
        hook.Intercept(new HookInterceptor
        {
            Register = tap => { events.Add("register " + tap.Name); return tap with { Stage = tap.Name == "late" ? 5 : tap.Stage }; },
            Call = args => events.Add("call " + string.Join(",", args)),
            Tap = tap => events.Add("tap " + tap.Name),
            Result = result => events.Add("result " + result),
            Done = () => events.Add("done"),
            Error = e => events.Add("error " + e.Message),
        });
        hook.Tap("late", x => x == 1 ? "one" : null);
        hook.Tap("middle", x => x == 2 ? throw new InvalidOperationException("two") : null);
        Assert.Equal(["before-interceptor", "middle", "late"], hook.Taps.Select(t => t.Name));
        Assert.Equal("one", hook.Call(1));
        Assert.Throws<InvalidOperationException>(() => hook.Call(2));
        Assert.Null(hook.Call(3));
        Assert.Equal(
        [
            "register before-interceptor", "register late", "register middle",
            "call 1", "tap before-interceptor", "tap middle", "tap late", "result one",
            "call 2", "tap before-interceptor", "tap middle", "error two",
            "call 3", "tap before-interceptor", "tap middle", "tap late", "done",
        ], events);
    }

    [Fact]
    public void Loop_interceptor_is_told_of_each_round()
    {
        var hook = new SyncLoopHook();
        var rounds = 0;
        var runs = 0;
        hook.Intercept(new HookInterceptor { Loop = () => rounds++ });
        hook.Tap("twice", () => ++runs < 2);
        hook.Call();
        Assert.Equal(2, rounds);
    }

    [Fact]
    public async Task An_untapped_hook_is_unused_and_completes_at_once()
    {
        var series = new AsyncSeriesHook<string>();
        Assert.False(series.IsUsed);
        Assert.True(series.CallAsync("x").IsCompletedSuccessfully);
        var waterfall = new AsyncSeriesWaterfallHook<string>();
        var result = waterfall.CallAsync("same");
        Assert.True(result.IsCompletedSuccessfully);
        Assert.Equal("same", await result);
        Assert.True(new AsyncParallelHook().CallAsync().IsCompletedSuccessfully);
        series.Tap("t", _ => { });
        Assert.True(series.IsUsed);
    }

    [Fact]
    public void Taps_need_a_name()
    {
        var hook = new SyncHook();
        Assert.Throws<ArgumentException>(() => hook.Tap("", () => { }));
    }

    [Fact]
    public void Hook_maps_create_hooks_on_demand_and_intercept_new_ones()
    {
        var map = new HookMap<SyncBailHook<string, string?>>(key => new SyncBailHook<string, string?>(key), "call");
        Assert.Null(map.Get("require"));
        var wrapped = new List<string>();
        map.Intercept((key, hook) => { wrapped.Add(key); return hook; });
        map.For("require").Tap("plugin", arg => "require " + arg);
        Assert.Same(map.For("require"), map.Get("require"));
        Assert.Equal("require x", map.Get("require")!.Call("x"));
        Assert.Null(map.For("define").Call("y"));
        Assert.Equal(["require", "define"], wrapped);
        Assert.Equal(["define", "require"], map.Keys.Order(StringComparer.Ordinal));
    }
}
