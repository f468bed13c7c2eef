// NodeFunctionBridge on its own, with the real node: answers reach the caller that asked even with
// many calls in flight from several threads, promises are awaited, what JavaScript throws (an Error
// or not) becomes a JsFunctionException, arguments changed by the function come back, and node is
// gone once the bridge is disposed. One test measures the cost of a call (printed, and bounded
// loosely so only a pathological slowdown fails it).

using System.Diagnostics;
using System.Text.Json.Nodes;
using Sharpack.Cli.Config;
using Sharpack.Core.Options;

namespace Sharpack.Cli.Tests.Config;

public sealed class NodeFunctionBridgeTests : IDisposable
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
    public void Calls_share_one_node_process_and_answer_each_caller_from_two_threads()
    {
        // What keeps a call cheap, checked without a clock: one node process serves every call (no
        // process per call), and calls from two threads at once each get their own answer (the
        // bridge does not mix up replies or serialize callers into a deadlock).
        var (result, get) = Load("{ id: (s) => s, pid: () => process.pid }");
        using (result)
        {
            var id = get("id");
            var pid = get("pid");
            var first = (int)pid.Call()!;
            var answers = new string?[2000];
            Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                i => answers[i] = (string?)id.Call(JsonValue.Create("call " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            for (var i = 0; i < answers.Length; i++)
                Assert.Equal("call " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), answers[i]);
            Assert.Equal(first, (int)pid.Call()!);
        }
    }
}
