// webpack.web.CssLoadingRuntimeModule.getCompilationHooks(compilation) from a JavaScript plugin:
// createStylesheet and linkInsert change the code the CSS loading runtime writes to make and insert
// an async chunk's <link> (what mini-css-extract-plugin's `attributes` and `insert` options do).

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class CssLoadingHooksTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Create_stylesheet_and_link_insert_taps_change_the_loading_runtime()
    {
        _box.Write("src/lazy.css", ".lazy { color: red; }\n");
        _box.Write("src/lazy.js", "import \"./lazy.css\";\nexport default 1;\n");
        _box.Write("src/index.js", "import(\"./lazy.js\");\n");
        _box.Write("webpack.config.js", """
            const webpack = require("sharpack");
            module.exports = {
              mode: "development", devtool: false, target: "web", entry: "./src/index.js",
              experiments: { css: true },
              plugins: [(compiler) => {
                compiler.hooks.thisCompilation.tap("Attributes", (compilation) => {
                  const hooks = webpack.web.CssLoadingRuntimeModule.getCompilationHooks(compilation);
                  hooks.createStylesheet.tap("Attributes", (source, chunk) => source + '\nlink.setAttribute("data-theme", "dark");');
                  hooks.linkInsert.tap("Attributes", () => 'if (needAttach) { document.body.appendChild(link); }');
                });
              }],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        Assert.DoesNotContain("never runs", output + err, StringComparison.Ordinal);
        var main = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js"));
        var created = main.IndexOf("link.href = url;", StringComparison.Ordinal);
        var attribute = main.IndexOf("link.setAttribute(\"data-theme\", \"dark\");", StringComparison.Ordinal);
        Assert.True(created >= 0 && attribute > created, main);
        Assert.Contains("if (needAttach) { document.body.appendChild(link); }", main, StringComparison.Ordinal);
        Assert.DoesNotContain("document.head.appendChild(link);\n", main[attribute..], StringComparison.Ordinal);
    }
}
