// `--json` shows each module as webpack's toJson() does: its type, issuer, pre- and post-order
// indexes, whether it is in a chunk, its reasons (incoming connections, with webpack's dependency
// types and the side-effects plugin's explanation) and its used and provided exports.

using System.Text.Json.Nodes;

namespace Sharpack.Cli.Tests;

public sealed class ModuleStatsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-module-stats-").FullName;

    public ModuleStatsTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        Directory.CreateDirectory(Path.Combine(_dir, "node_modules", "lib"));
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import { used } from 'lib';\nimport data from './data.json';\nconsole.log(used(), data.a);\n");
        File.WriteAllText(Path.Combine(_dir, "src", "data.json"), "{ \"a\": 1, \"b\": 2 }");
        File.WriteAllText(Path.Combine(_dir, "node_modules", "lib", "package.json"), "{ \"name\": \"lib\", \"sideEffects\": false }");
        File.WriteAllText(Path.Combine(_dir, "node_modules", "lib", "index.js"), "export { used, unused } from './impl.js';\n");
        File.WriteAllText(Path.Combine(_dir, "node_modules", "lib", "impl.js"), "export const used = () => 1;\nexport const unused = () => 2;\n");
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """
            { "mode": "production", "devtool": false, "entry": "./src/index.js", "optimization": { "minimize": false, "concatenateModules": false } }
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private JsonObject Module(string name)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(["--json"], _dir, stdout, stderr);
        Assert.True(code == 0, stderr.ToString() + stdout);
        var stats = JsonNode.Parse(stdout.ToString())!.AsObject();
        return stats["modules"]!.AsArray().Select(m => m!.AsObject()).Single(m => (string?)m["name"] == name);
    }

    private static string[] Strings(JsonNode? node) => node!.AsArray().Select(n => (string)n!).ToArray();

    [Fact]
    public void A_read_redirected_past_a_side_effect_free_barrel_is_a_reason_with_its_explanation()
    {
        var impl = Module("./node_modules/lib/impl.js");
        Assert.Equal("module", (string?)impl["type"]);
        Assert.Equal("javascript/auto", (string?)impl["moduleType"]);
        Assert.False((bool)impl["orphan"]!);
        Assert.Equal(["used"], Strings(impl["usedExports"]));
        Assert.Equal(["unused", "used"], Strings(impl["providedExports"]));
        Assert.Equal("./node_modules/lib/index.js", (string?)impl["issuerName"]);
        var skipped = impl["reasons"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["moduleName"] == "./src/index.js");
        Assert.Equal("harmony import specifier", (string?)skipped["type"]);
        Assert.Equal("(skipped side-effect-free modules)", (string?)skipped["explanation"]);
        Assert.Equal("lib", (string?)skipped["userRequest"]);
        Assert.True((bool)skipped["active"]!);
        Assert.Equal("3:12-16", (string?)skipped["loc"]);
    }

    [Fact]
    public void A_barrel_nothing_needs_is_an_orphan_whose_evaluation_is_inactive()
    {
        var barrel = Module("./node_modules/lib/index.js");
        Assert.True((bool)barrel["orphan"]!);
        var evaluation = barrel["reasons"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["type"] == "harmony side effect evaluation");
        Assert.False((bool)evaluation["active"]!);
        Assert.Equal("1:0-27", (string?)evaluation["loc"]);
    }

    [Fact]
    public void An_entry_module_has_no_issuer_and_an_entry_reason()
    {
        var index = Module("./src/index.js");
        Assert.Null(index["issuer"]);
        Assert.Equal(0, (int)index["preOrderIndex"]!);
        var reason = index["reasons"]!.AsArray().Single()!.AsObject();
        Assert.Equal("entry", (string?)reason["type"]);
        Assert.Null(reason["moduleName"]);
        var json = Module("./src/data.json");
        Assert.Equal("json", (string?)json["moduleType"]);
        Assert.Equal(["a"], Strings(json["usedExports"]));
    }
}
