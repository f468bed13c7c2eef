// Node.js built-ins are externals for node targets (NodeTargetPlugin on the factorize hook);
// elsewhere a `node:` request is webpack's UnhandledSchemeError; any plugin can answer factorize.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Plugins.Externals;
using Xunit;

namespace Sharpack.Plugins.Tests.Externals;

public sealed class NodeTargetPluginTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-externals-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Core.Stats.BuildStats Build(string target, params IPlugin[] plugins)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "development", "target": "{{target}}", "entry": "./index.js" }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success);
        return SharpackPlugins.CreateCompiler(result.Options!, plugins).Run();
    }

    private sealed class AliasToBuiltin : IPlugin
    {
        public void Apply(Compiler compiler) =>
            compiler.Hooks.NormalModuleFactory.Tap("AliasToBuiltin", factory =>
                factory.Hooks.Factorize.Tap("AliasToBuiltin", data => data.Request == "my-os" ? new ExternalModule("os") : null));
    }

    [Fact]
    public void Builtins_are_required_from_node_and_a_plugin_can_make_its_own_external()
    {
        File.WriteAllText(Path.Combine(_root, "index.js"), """
            import path from "node:path";
            const fs = require("fs");
            const os = require("my-os");
            console.log(path.basename("/a/b.txt"), typeof fs.readFileSync, typeof os.cpus);
            """);
        var stats = Build("node", new AliasToBuiltin());
        Assert.Empty(stats.Errors);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("b.txt function function\n", output);
        Assert.Contains("external \"fs\"", File.ReadAllText(Path.Combine(_root, "dist", "main.js")));
    }

    [Fact]
    public void A_node_scheme_request_for_the_web_is_an_unhandled_scheme_error()
    {
        File.WriteAllText(Path.Combine(_root, "index.js"), "import fs from 'node:fs'; console.log(fs);");
        var stats = Build("web");
        var error = Assert.Single(stats.Errors);
        Assert.Contains("UnhandledSchemeError: Reading from \"node:fs\" is not handled by plugins (Unhandled scheme).", error.Message);
        Assert.Contains("You may need an additional plugin to handle \"node:\" URIs.", error.Message);
        Assert.Equal("./index.js", error.File);
    }
}
