// What Sharpack writes around user text cannot be broken by it, and webpack's answers for small
// edge cases hold: a folder name holding `*/` cannot end a generated comment and run its text;
// a request holding quotes cannot end the string of a missing-module error; a module missing
// inside `try { require() }` is a warning and throws MODULE_NOT_FOUND where it runs; JSON nested
// 512 levels deep parses and deeper JSON is an error. Each bundle is run in node.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class GeneratedCodeSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-safety-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private BuildStats Build(BuildMode mode)
    {
        var json = $$"""
            { "mode": "{{(mode == BuildMode.Development ? "development" : "production")}}", "target": "node", "entry": "./index.js",
              "output": { "chunkFilename": "[name].js" }, "optimization": { "moduleIds": "named", "chunkIds": "named", "minimize": false } }
            """;
        var options = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(options.Success, options.Success ? "" : options.FormatErrors());
        return SharpackPlugins.CreateCompiler(options.Options!).Run();
    }

    private string RunBundle()
    {
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        return output;
    }

    [Theory]
    [InlineData(BuildMode.Development)]
    [InlineData(BuildMode.Production)]
    public void A_folder_name_holding_a_comment_end_cannot_inject_code(BuildMode mode)
    {
        const string evil = "x*/ console.log(\"INJECTED\")||/*";
        Write($"{evil}/a.js", "module.exports = 'a';\n");
        Write($"{evil}/b.js", "export default 'b';\n");
        Write($"{evil}/c.js", "export const c = 'c';\n");
        Write($"{evil}/d.js", "module.exports = 'd';\n");
        var request = "./" + evil.Replace("\"", "\\\"", StringComparison.Ordinal);
        Write("index.js", $$"""
            import b from "{{request}}/b.js";
            const a = require("{{request}}/a.js");
            const d = require.resolve("{{request}}/d.js");
            import("{{request}}/c.js").then((m) => console.log(a, b, m.c, typeof d));
            """);
        var stats = Build(mode);
        Assert.Empty(stats.Errors);
        var bundle = File.ReadAllText(Path.Combine(_root, "dist", "main.js"));
        Assert.DoesNotContain("*/ console.log(\"INJECTED\")", bundle, StringComparison.Ordinal);
        if (mode == BuildMode.Development)
            Assert.Contains("!*** ./x*_/ console.log(\"INJECTED\")||/*_/a.js ***!", bundle, StringComparison.Ordinal);
        var output = RunBundle();
        Assert.DoesNotContain("INJECTED", output, StringComparison.Ordinal);
        Assert.Equal("a b c string\n", output);
    }

    [Fact]
    public void A_missing_module_required_in_a_try_block_is_a_warning_and_throws_where_it_runs()
    {
        Write("index.js", """
            let optional;
            try {
              optional = require("./missing \"quoted\"*/ x");
            } catch (e) {
              console.log("caught", e.code, e.message);
            }
            try {
              require.resolve("./also-missing");
            } catch (e) {
              console.log("resolve", e.code);
            }
            try {
              (() => require("./inner"))();
            } catch (e) {}
            try {
              import("./lazy-missing").catch((e) => console.log("import", e.code));
            } finally {
              import("./lazy-missing-in-finally").catch(() => {});
            }
            """);
        var stats = Build(BuildMode.Development);
        // A function inside the try block, and the finally block, are not in the try (webpack's
        // parser.scope.inTry): errors, as webpack reports them.
        Assert.True(stats.Errors.Count == 2, string.Join("\n", stats.Errors));
        Assert.Equal("Module not found: Error: Can't resolve './inner' in '" + _root + "'", stats.Errors[0].Message);
        Assert.Equal("Module not found: Error: Can't resolve './lazy-missing-in-finally' in '" + _root + "'", stats.Errors[1].Message);
        Assert.Equal(3, stats.Warnings.Count);
        Assert.Contains(stats.Warnings, w => w.Message.StartsWith("Module not found: Error: Can't resolve './missing \"quoted\"*/ x'", StringComparison.Ordinal));

        Write("index.js", File.ReadAllText(Path.Combine(_root, "index.js")).Replace("(() => require(\"./inner\"))();", "", StringComparison.Ordinal)
            .Replace("import(\"./lazy-missing-in-finally\").catch(() => {});", "", StringComparison.Ordinal));
        stats = Build(BuildMode.Development);
        Assert.Empty(stats.Errors);
        Assert.Equal(3, stats.Warnings.Count);
        Assert.Equal(
            "caught MODULE_NOT_FOUND Cannot find module './missing \"quoted\"*/ x'\nresolve MODULE_NOT_FOUND\nimport MODULE_NOT_FOUND\n",
            RunBundle());
    }

    [Fact]
    public void Json_nested_512_deep_parses_and_deeper_json_is_an_error()
    {
        Write("deep.json", new string('[', 512) + "1" + new string(']', 512));
        Write("index.js", "const deep = require('./deep.json');\nlet depth = 0;\nfor (let x = deep; Array.isArray(x); x = x[0]) depth++;\nconsole.log(depth);\n");
        var stats = Build(BuildMode.Development);
        Assert.Empty(stats.Errors);
        Assert.Equal("512\n", RunBundle());

        Write("deep.json", new string('[', 513) + "1" + new string(']', 513));
        stats = Build(BuildMode.Development);
        var error = Assert.Single(stats.Errors);
        Assert.StartsWith("Module parse failed: Unexpected token in JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("512", error.Message, StringComparison.Ordinal);
    }
}
