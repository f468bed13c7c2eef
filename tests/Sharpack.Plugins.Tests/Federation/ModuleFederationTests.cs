// Module Federation end to end: a container built by one build is loaded by another's remote and
// both run in node; shared modules are taken from the share scope by version range or fall back to
// the build's own copy; version ranges compile and match as webpack's do (its own semver.js, from
// the test fixtures' webpack, is the reference for the runtime's matching).

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Plugins.Federation;
using Sharpack.Plugins.Tests.Snapshots;
using Xunit;

namespace Sharpack.Plugins.Tests.Federation;

public sealed class ModuleFederationTests
{
    [Theory]
    [InlineData("^1.2.3", "[1,1,2,3]", "^1.2.3")]
    [InlineData("~1.2.3", "[2,1,2,3]", "~1.2.3")]
    [InlineData("1.2.3", "[4,1,2,3]", "=1.2.3")]
    [InlineData("1.x", "[1,1]", "^1")]
    [InlineData("*", "[0]", "*")]
    [InlineData(">=1.0.0 <2.0.0", "[,[-1,2,0,0],[0,1,0,0],2]", ">=1.0.0 <2.0.0")]
    [InlineData("^0.1.2", "[2,0,1,2]", "~0.1.2")]
    [InlineData("^0.0.3", "[3,0,0,3]", "=0.0.3")]
    [InlineData("<=2.0.0", "[,[4,2,0,0],[-1,2,0,0],1]", "<2.0.0 || =2.0.0")]
    [InlineData(">1.2", "[,[2,1,2],0,[0,1,2],2]", ">=1.2 not(~1.2)")]
    [InlineData("1.0.0 - 2.0.0", "[,[4,2,0,0],[-1,2,0,0],1,[0,1,0,0],2]", ">=1.0.0 (<2.0.0 || =2.0.0)")]
    [InlineData("^1.0.0 || ^2.0.0", "[,[1,2,0,0],[1,1,0,0],1]", "^1.0.0 || ^2.0.0")]
    [InlineData("!1.2.3", "[,[4,1,2,3],0]", "not(=1.2.3)")]
    [InlineData("1.2.3-beta.1", "[7,1,2,3,,\"beta\",1]", "=1.2.3-beta.1")]
    [InlineData("^branch", "[1,\"branch\"]", "^branch")]
    public void Version_ranges_compile_as_webpacks(string range, string compiled, string shown)
    {
        var parsed = SemverRange.Parse(range);
        Assert.Equal(compiled, parsed.ToJavaScript());
        Assert.Equal(shown, parsed.ToString());
    }

    [Fact]
    public void Runtime_version_matching_agrees_with_webpacks_semver()
    {
        var reference = Path.Combine(TestPaths.Root, "tests", "fixtures", "node_modules", "webpack", "lib", "util", "semver.js");
        Assert.True(File.Exists(reference), "the test fixtures' webpack is missing: " + reference);
        var runtime = Path.Combine(TestPaths.Root, "src", "Sharpack.Plugins", "Federation", "consumes.js");
        var script = Path.Combine(Path.GetTempPath(), "sharpack-semver-" + Guid.NewGuid().ToString("N") + ".cjs");
        File.WriteAllText(script, $$"""
            const fs = require("fs");
            const webpack = require({{JsonValue.Create(reference).ToJsonString()}});
            let src = fs.readFileSync({{JsonValue.Create(runtime).ToJsonString()}}, "utf8");
            src = src.slice(0, src.indexOf("$CONST$ exists"));
            const ours = new Function(src + "; return { versionLt, rangeToString, satisfy };")();
            const ranges = ["^1.2.3", "~1.2.3", "1.2.3", "1.x", "*", ">=1.0.0 <2.0.0", "^0.1.2", "^0.0.3", "<=2.0.0", ">1.2", "1.0.0 - 2.0.0",
                "^1.0.0 || ^2.0.0", "!1.2.3", "1.2.3-beta.1", "^branch", "^1.2.3-alpha", ">=1.2.3-beta <2", "~0", "<1", "alpha", "1.2.beta"];
            const versions = ["1.2.3", "1.2.4", "1.3.0", "2.0.0", "2.0.1", "0.1.2", "0.1.5", "0.0.3", "0.0.4", "1.2.3-beta.1", "1.2.3-beta.2",
                "1.2.3-alpha", "1.2.beta.1", "1.0.0", "0.9.9", "3.0.0", "1.2.3+build", "branch", "1.1.1", "1", "1.2"];
            const differences = [];
            let checks = 0;
            for (const r of ranges) {
                const range = webpack.parseRange(r);
                if (ours.rangeToString(range) !== webpack.rangeToString(range)) differences.push("rangeToString " + r);
                for (const v of versions) {
                    checks++;
                    if (ours.satisfy(range, v) !== webpack.satisfy(range, v)) differences.push("satisfy " + r + " " + v);
                }
            }
            for (const a of versions) for (const b of versions) if (ours.versionLt(a, b) !== webpack.versionLt(a, b)) differences.push("versionLt " + a + " " + b);
            console.log(checks + " " + JSON.stringify(differences));
            """);
        try
        {
            var (code, output) = TestPaths.RunNode(Path.GetTempPath(), script);
            Assert.True(code == 0, output);
            Assert.Equal("441 []", output.Trim());
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void A_host_loads_an_exposed_module_from_another_builds_container()
    {
        var output = new MemoryOutputFileSystem();
        var container = BundlerSnapshot.Build(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/index.js"] = "export {};\n",
            ["src/answer.js"] = "export const answer = 42;\nexport default function greet(name) { return 'hello ' + name; }\n",
        }, """{ "target": "node", "output": { "uniqueName": "app" } }""", output, configure: compiler => new ModuleFederationPlugin(JsonNode.Parse("""
            { "name": "app", "filename": "container.js", "library": { "type": "commonjs-module" }, "exposes": { "./answer": "./src/answer.js" } }
            """)).Apply(compiler));
        Assert.Empty(container.Stats!.Errors);
        var host = BundlerSnapshot.Build(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/index.js"] = """
                import("app/answer").then((m) => {
                    console.log(m.answer, m.default("remote"));
                    return import("app/missing").catch((e) => console.log(e.message.split("\n")[0]));
                });
                """,
        }, """{ "target": "node", "output": { "filename": "host.js", "uniqueName": "host" } }""", output, configure: compiler => new ModuleFederationPlugin(JsonNode.Parse("""
            { "remotes": { "app": "./container.js" }, "remoteType": "commonjs-module" }
            """)).Apply(compiler));
        Assert.Empty(host.Stats!.Errors);
        var (code, printed) = BundlerSnapshot.RunInNode(output, BundlerSnapshot.Context + "/dist", "host.js");
        Assert.True(code == 0, printed);
        Assert.Equal("42 hello remote\nModule \"./missing\" does not exist in container.\n", printed);
    }

    [Fact]
    public void A_consumed_module_is_taken_from_the_share_scope_by_version_or_falls_back()
    {
        var build = BundlerSnapshot.Build(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/index.js"] = """
                const warnings = [];
                console.warn = (message) => warnings.push(message);
                __webpack_share_scopes__.default = {
                    lib: { "1.4.0": { get: () => () => ({ default: "shared lib 1.4.0" }), from: "other" }, "2.0.0": { get: () => () => ({ default: "shared lib 2.0.0" }) } },
                    strict: { "3.0.0": { get: () => () => ({ default: "shared strict 3.0.0" }) } },
                };
                Promise.all([import("lib"), import("strict"), import("absent")]).then((modules) => {
                    console.log(modules.map((m) => m.default).join(", "));
                    console.log(warnings.length);
                });
                """,
            ["src/node_modules/lib/index.js"] = "export default 'own lib';\n",
            ["src/node_modules/strict/index.js"] = "export default 'own strict';\n",
            ["src/node_modules/absent/index.js"] = "export default 'own absent';\n",
        }, """{ "target": "node" }""", configure: compiler => new ConsumeSharedPlugin(JsonNode.Parse("""
            { "consumes": { "lib": { "requiredVersion": "^1.2.0" }, "strict": { "requiredVersion": "^2.0.0", "strictVersion": true }, "absent": { "requiredVersion": "*" } } }
            """)).Apply(compiler));
        Assert.Empty(build.Stats!.Errors);
        var (code, printed) = BundlerSnapshot.RunInNode(build.Output, BundlerSnapshot.Context + "/dist", "main.js");
        Assert.True(code == 0, printed);
        // lib: the highest version satisfying ^1.2.0 (the fallback is an ES module, so the shared one's
        // exports are its namespace); strict: 3.0.0 does not satisfy, so the build's own copy; absent:
        // not in the scope, so the build's own copy.
        Assert.Equal("shared lib 1.4.0, own strict, own absent\n0\n", printed);
    }
}
