// A recursive require.context over a folder holding links back up (`up -> ..`, `self -> .`) walks
// each folder once per path from the root without looping, and still enters a link to a folder
// elsewhere; the bundle runs in node and lists each file once.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ContextLinkLoopTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-context-links-").FullName;

    public void Dispose()
    {
        foreach (var link in new[] { "locale/sub/up", "locale/self", "locale/alias" })
            File.Delete(Path.Combine(_root, link));
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Links_back_up_are_not_followed_and_links_elsewhere_are()
    {
        Directory.CreateDirectory(Path.Combine(_root, "locale", "sub"));
        Directory.CreateDirectory(Path.Combine(_root, "other"));
        File.WriteAllText(Path.Combine(_root, "locale", "en.js"), "module.exports = 'en';\n");
        File.WriteAllText(Path.Combine(_root, "locale", "sub", "de.js"), "module.exports = 'de';\n");
        File.WriteAllText(Path.Combine(_root, "other", "o.js"), "module.exports = 'o';\n");
        File.CreateSymbolicLink(Path.Combine(_root, "locale", "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(_root, "locale", "self"), ".");
        File.CreateSymbolicLink(Path.Combine(_root, "locale", "alias"), "../other");
        File.WriteAllText(Path.Combine(_root, "index.js"),
            "const c = require.context('./locale', true, /\\.js$/);\nconsole.log(c.keys().map((k) => k + '=' + c(k)).join(','));\n");
        var options = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "development", "target": "node", "entry": "./index.js" }"""), new OptionsOverrides(), _root);
        var stats = SharpackPlugins.CreateCompiler(options.Options!).Run();
        Assert.Empty(stats.Errors);
        Assert.Empty(stats.Warnings);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("./alias/o.js=o,./en.js=en,./sub/de.js=de\n", output);
    }
}
