// output.pathinfo (webpack's RuntimeTemplate.comment): the request is written as a comment before
// each module id only with pathinfo (the development default); production output leaves it out,
// and keeps messages such as "import()" as plain comments.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class OutputPathinfoTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-pathinfo-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Build(string mode, string? pathinfo = null)
    {
        File.WriteAllText(Path.Combine(_root, "index.js"), "import { a } from './lib';\nconst c = require('./common');\nimport('./lazy').then((m) => console.log(a, c, m.default));\n");
        File.WriteAllText(Path.Combine(_root, "lib.js"), "export const a = 'A';\n");
        File.WriteAllText(Path.Combine(_root, "common.js"), "module.exports = 'C';\n");
        File.WriteAllText(Path.Combine(_root, "lazy.js"), "export default 'L';\n");
        var output = pathinfo is null ? "" : $$""", "output": { "pathinfo": {{pathinfo}} }""";
        var config = JsonNode.Parse($$"""{ "mode": "{{mode}}", "devtool": false, "target": "node", "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false }{{output}} }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        var (code, printed) = TestPaths.RunNode(dist, "main.js");
        Assert.True(code == 0, printed);
        Assert.Equal("A C L\n", printed);
        return File.ReadAllText(Path.Combine(dist, "main.js"));
    }

    [Fact]
    public void Production_output_writes_module_ids_without_their_requests()
    {
        var bundle = Build("production");
        Assert.DoesNotContain("/*! ./lib */", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("/*! ./common */", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_require__.e(/* import() */", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_output_and_pathinfo_true_name_each_request()
    {
        foreach (var bundle in new[] { Build("development"), Build("production", "true") })
        {
            Assert.Contains("__webpack_require__(/*! ./common */ ", bundle, StringComparison.Ordinal);
            Assert.Contains("__webpack_require__.e(/*! import() */", bundle, StringComparison.Ordinal);
        }
    }
}
