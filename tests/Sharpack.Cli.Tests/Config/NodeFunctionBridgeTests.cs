// NodeFunctionBridge on its own, with the real node: answers reach the caller that asked even with
// many calls in flight from several threads, promises are awaited, what JavaScript throws (an Error
// or not) becomes a JsFunctionException, arguments changed by the function come back, and node is
// gone once the bridge is disposed. One test measures the cost of a call (printed, and bounded
// loosely so only a pathological slowdown fails it).

using System.Diagnostics;
using System.Text.Json.Nodes;
using Sharpack.Cli.Config;
using Sharpack.Core.Options;
using Xunit.Abstractions;

namespace Sharpack.Cli.Tests.Config;

public sealed class NodeFunctionBridgeTests(ITestOutputHelper log) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-bridge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Loads a config whose `functions` object holds the functions under test.
    private (ConfigLoadResult Result, Func<string, JsFunction> Get) Load(string functions)
    {
        File.WriteAllText(Path.Combine(_dir, "webpack.config.js"), $"module.exports = {{ functions: {functions} }};");
        var result = ConfigLoader.Load(null, _dir);
        Assert.True(result.Success, result.Error);
        var config = Assert.Single(result.Configurations)!;
        return (result, name => result.Functions!.Resolve(config["functions"]![name])!);
    }

    [Fact]
    public void Parallel_calls_each_get_their_own_answer()
    {
        var (result, get) = Load("{ twice: (n) => n * 2, slowly: (n) => new Promise((r) => setTimeout(() => r(n + 1), n % 3)) }");
        using (result)
        {
            var twice = get("twice");
            var slowly = get("slowly");
            var failures = 0;
            Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                var function = i % 2 == 0 ? twice : slowly;
                var expected = i % 2 == 0 ? i * 2 : i + 1;
                if ((int)function.Call(JsonValue.Create(i))! != expected)
                    Interlocked.Increment(ref failures);
            });
            Assert.Equal(0, failures);
        }
    }

    [Fact]
    public void Errors_carry_the_option_message_and_stack()
    {
        var (result, get) = Load("{ fails: function fails() { throw new SyntaxError('bad'); }, throwsString: () => { throw 'just a string'; }, rejects: async () => { throw new Error('later'); }, fine: () => 'fine' }");
        using (result)
        {
            var error = Assert.Throws<JsFunctionException>(() => get("fails").Call());
            Assert.Equal("configuration.functions.fails", error.OptionPath);
            Assert.Equal("SyntaxError: bad", error.Error);
            Assert.Matches(@"^\s+at fails \(.*webpack\.config\.js:1:\d+\)", error.JsStack);
            var plain = Assert.Throws<JsFunctionException>(() => get("throwsString").Call());
            Assert.Equal("just a string", plain.Error);
            Assert.Null(plain.JsStack);
            Assert.Equal("configuration.functions.rejects threw Error: later", Assert.Throws<JsFunctionException>(() => get("rejects").Call()).Message);
            // The bridge keeps working after errors.
            Assert.Equal("fine", (string?)get("fine").Call());
        }
    }

    [Fact]
    public void Changed_arguments_and_rich_results_come_back()
    {
        var (result, get) = Load("{ change: (data) => { data.request = data.request + '!'; data.added = [1, /x/g]; return undefined; }, rich: () => ({ re: /a.b/i, nested: { n: null, u: undefined } }) }");
        using (result)
        {
            var (answer, arguments) = get("change").CallAndReadBack(new JsonObject { ["request"] = "./a" });
            Assert.Null(answer);
            Assert.Equal("""{"request":"./a!","added":[1,{"__regexp":{"source":"x","flags":"g"}}]}""", arguments[0]!.ToJsonString());
            Assert.Equal("""{"re":{"__regexp":{"source":"a.b","flags":"i"}},"nested":{"n":null}}""", get("rich").Call()!.ToJsonString());
        }
    }

    [Fact]
    public void Node_is_gone_after_dispose_and_calls_then_fail_cleanly()
    {
        var (result, get) = Load("{ pid: () => process.pid }");
        var function = get("pid");
        var pid = (int)function.Call()!;
        using (var node = Process.GetProcessById(pid))
        {
            result.Dispose();
            Assert.True(node.WaitForExit(5000));
        }
        var error = Assert.Throws<JsFunctionException>(() => function.Call());
        Assert.Equal("configuration.functions.pid cannot be called: the build is over", error.Message);
    }

    [Fact]
    public void A_call_costs_microseconds_not_milliseconds()
    {
        var (result, get) = Load("{ id: (s) => s }");
        using (result)
        {
            var function = get("id");
            var argument = JsonValue.Create("/project/src/components/button.js");
            for (var i = 0; i < 500; i++)
                function.Call(argument); // warm up both sides' JIT
            const int calls = 5000;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
                function.Call(argument);
            var single = watch.Elapsed;
            watch.Restart();
            Parallel.For(0, calls, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ => function.Call(argument));
            var parallel = watch.Elapsed;
            log.WriteLine($"one thread: {single.TotalMicroseconds / calls:F1} µs a call; two threads: {calls / parallel.TotalSeconds:F0} calls a second");
            // Loose: a machine under load is slower, but a lock held across the round trip or a
            // per-call process would be far past this.
            Assert.True(single.TotalMilliseconds / calls < 2, $"{single.TotalMilliseconds / calls} ms a call");
        }
    }
}
