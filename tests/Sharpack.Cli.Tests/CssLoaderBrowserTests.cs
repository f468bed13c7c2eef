// The classic webpack CSS setup, with CSS built in stepping aside for it (experiments.css "auto"
// sees a rule for .css files): css-loader from npm (CSS modules by file name, @import and url() as
// requests) and style-loader (the styles in <style> elements), run by the node loader host, the
// page opened in headless Chromium. The styles must apply and the class names be css-loader's.

using Sharpack.Cli.Tests.Support;
using Sharpack.Tests;

namespace Sharpack.Cli.Tests;

public sealed class CssLoaderBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Css_loader_and_style_loader_style_the_page()
    {
        var fixtures = Path.Combine(TestRepository.Root, "tests", "fixtures", "node_modules").Replace('\\', '/');
        _box.Write("webpack.config.js", $$"""
            module.exports = {
              mode: "development",
              target: "web",
              devtool: false,
              entry: "./src/index.js",
              resolveLoader: { modules: ["node_modules", "{{fixtures}}"] },
              resolve: { modules: ["node_modules", "{{fixtures}}"] },
              module: {
                rules: [{
                  test: /\.css$/i,
                  use: ["style-loader", { loader: "css-loader", options: { modules: { auto: true, namedExport: true, localIdentName: "[name]__[local]" } } }],
                }],
              },
            };
            """);
        _box.Write("src/base.css", "body {\n\tletter-spacing: 1px;\n}\n");
        _box.Write("src/card.module.css", "@import \"./base.css\";\n.title {\n\tcolor: rgb(1, 2, 3);\n\tbackground-image: url(./dot.svg);\n}\n.big {\n\tcomposes: title;\n\tfont-size: 31px;\n}\n");
        _box.Write("src/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        _box.Write("src/index.js", """
            import * as card from "./card.module.css";
            const element = document.createElement("h1");
            element.className = card.big;
            element.textContent = "card";
            document.body.appendChild(element);
            window.result = { title: card.title, big: card.big };
            """);
        _box.Write("dist/index.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><script src=\"main.js\"></script></body></html>\n");
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        var session = chromium.Session;
        session.Driver.Navigate().GoToUrl(new Uri(Path.Combine(_box.Project, "dist", "index.html")).AbsoluteUri);
        var result = session.Execute(TimeSpan.FromSeconds(20), """
            const h1 = document.querySelector("h1");
            const style = getComputedStyle(h1);
            return JSON.stringify({
              names: window.result,
              color: style.color,
              fontSize: style.fontSize,
              image: style.backgroundImage,
              spacing: getComputedStyle(document.body).letterSpacing,
              styles: document.querySelectorAll("style").length,
            });
            """) as string;
        Assert.NotNull(result);
        var json = System.Text.Json.Nodes.JsonNode.Parse(result)!;
        Assert.Equal("card-module__title", (string?)json["names"]!["title"]);
        Assert.Equal("card-module__big card-module__title", (string?)json["names"]!["big"]);
        Assert.Equal("rgb(1, 2, 3)", (string?)json["color"]);
        Assert.Equal("31px", (string?)json["fontSize"]);
        Assert.Matches("^url\\(\"file:///.*/dist/[0-9a-f]+\\.svg\"\\)$", (string?)json["image"]);
        Assert.Equal("1px", (string?)json["spacing"]);
        Assert.True((int)json["styles"]! >= 2, "style-loader inserts a <style> per module: " + result);
    }
}
