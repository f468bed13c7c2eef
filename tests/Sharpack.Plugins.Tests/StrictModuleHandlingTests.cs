// output.strictModuleExceptionHandling and output.strictModuleErrorHandling (webpack's
// renderRequire): what requiring a module whose factory threw does the second time, run in node.

using Sharpack.Plugins.Tests.Snapshots;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class StrictModuleHandlingTests
{
    private static readonly Dictionary<string, string> s_files = new(StringComparer.Ordinal)
    {
        ["src/index.js"] = """
            let n = 0;
            globalThis.counter = () => ++n;
            const tryRequire = () => { try { require('./throws'); return 'ok'; } catch (e) { return e.message; } };
            console.log(tryRequire(), tryRequire());
            """,
        ["src/throws.js"] = "throw new Error('run ' + globalThis.counter());\n",
    };

    [Theory]
    // webpack's default: the entry stays cached with empty exports, so the second require returns them.
    [InlineData("", "run 1 ok\n")]
    // The entry is removed: the factory runs, and throws, again.
    [InlineData("""{ "strictModuleExceptionHandling": true }""", "run 1 run 2\n")]
    // The error is kept and thrown again, the factory does not run again (and wins over the former).
    [InlineData("""{ "strictModuleErrorHandling": true }""", "run 1 run 1\n")]
    [InlineData("""{ "strictModuleErrorHandling": true, "strictModuleExceptionHandling": true }""", "run 1 run 1\n")]
    public void SecondRequireOfAThrowingModule(string output, string expected)
    {
        var build = BundlerSnapshot.Build(s_files, $$"""{ "target": "node", "output": {{(output.Length == 0 ? "{}" : output)}} }""");
        Assert.Empty(build.Stats!.Errors);
        var (code, printed) = BundlerSnapshot.RunInNode(build.Output, BundlerSnapshot.Context + "/dist", "main.js");
        Assert.True(code == 0, printed);
        Assert.Equal(expected, printed);
    }
}
