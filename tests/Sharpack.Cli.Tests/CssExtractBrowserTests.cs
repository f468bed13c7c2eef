// CSS extracted into files (CssExtractPlugin, what `require("mini-css-extract-plugin")` gives a
// configuration in sharpack): the classic production setup, css-loader from npm run by the node
// loader host, its stylesheets written into a .css file per chunk. The React + TypeScript app of
// the css/react-app case (CSS modules, a global stylesheet, a route loaded on demand with its own
// stylesheet) is built this way and opened in headless Chromium: the page links the entry's
// stylesheet, the runtime links the route's when its chunk loads, and the styles apply.

using System.Text.Json.Nodes;
using Sharpack.Cli.Tests.Support;
using Sharpack.Tests;

namespace Sharpack.Cli.Tests;

public sealed class CssExtractBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private static string Fixtures => Path.Combine(TestRepository.Root, "tests", "fixtures", "node_modules").Replace('\\', '/');

    private static string ReactApp => Path.Combine(TestRepository.Root, "tests", "Sharpack.Plugins.Tests", "Cases", "css", "react-app");

    [Fact]
    public void React_app_with_css_loader_and_extracted_css_is_styled_in_chromium()
    {
        foreach (var file in new[] { "app.tsx", "settings.tsx", "global.css", "tokens.css", "settings.module.css", "tsconfig.json" })
            _box.Write("src/" + file, File.ReadAllText(Path.Combine(ReactApp, file)));
        // css-loader has no `var(--x from global)` (webpack's CSS modules syntax): a plain var().
        _box.Write("src/app.module.css", File.ReadAllText(Path.Combine(ReactApp, "app.module.css")).Replace("var(--accent from global)", "var(--accent)", StringComparison.Ordinal));
        _box.Write("webpack.config.js", $$"""
            const MiniCssExtractPlugin = require("mini-css-extract-plugin");
            module.exports = {
              mode: "production",
              target: "web",
              devtool: false,
              entry: "./src/index.js",
              output: { chunkFilename: "[name].[contenthash:8].js" },
              resolveLoader: { modules: ["node_modules", "{{Fixtures}}"] },
              resolve: { modules: ["node_modules", "{{Fixtures}}"] },
              module: {
                rules: [{
                  test: /\.css$/i,
                  use: [MiniCssExtractPlugin.loader, { loader: "css-loader", options: { modules: { auto: true, namedExport: true, localIdentName: "[name]_[local]" } } }],
                }],
              },
              plugins: [new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", attributes: { "data-route": "lazy" }, linkType: false })],
            };
            """);
        _box.Write("src/index.js", """
            import { createElement } from "react";
            import { createRoot } from "react-dom/client";
            import { flushSync } from "react-dom";
            import { App } from "./app";
            const container = document.createElement("div");
            document.body.appendChild(container);
            flushSync(() => createRoot(container).render(createElement(App, { title: "Hello", active: true })));
            const before = getComputedStyle(container.querySelector("h1")).fontWeight;
            window.result = import("./settings").then(({ Settings, panelClass }) => {
              const route = document.createElement("div");
              document.body.appendChild(route);
              flushSync(() => createRoot(route).render(createElement(Settings, { items: ["a", "b"] })));
              const heading = getComputedStyle(container.querySelector("h1"));
              const panel = getComputedStyle(route.querySelector("ul"));
              return JSON.stringify({
                html: container.innerHTML, panelClass, before,
                color: heading.color, decoration: heading.textDecorationLine, font: heading.fontFamily,
                display: getComputedStyle(container.firstChild).display,
                border: panel.borderTopStyle, borderColor: panel.borderTopColor, animation: panel.animationName,
                links: [...document.querySelectorAll("link")].map(l => ({ href: l.getAttribute("href"), route: l.getAttribute("data-route"), type: l.getAttribute("type") })),
                styles: document.querySelectorAll("style").length,
              });
            });
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        var dist = Path.Combine(_box.Project, "dist");
        var css = Directory.GetFiles(dist, "*.css").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, css.Length);
        var entryCss = Assert.Single(css, name => name!.StartsWith("main.", StringComparison.Ordinal));
        var routeCss = Assert.Single(css, name => name != entryCss);
        Assert.Matches("^main\\.[0-9a-f]{8}\\.css$", entryCss);
        // The stylesheets are in the .css files and not in the JavaScript.
        Assert.Contains("dashed", File.ReadAllText(Path.Combine(dist, routeCss!)), StringComparison.Ordinal);
        foreach (var script in Directory.GetFiles(dist, "*.js"))
            Assert.DoesNotContain("grid-template-areas", File.ReadAllText(script), StringComparison.Ordinal);
        _box.Write("dist/index.html", $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"{entryCss}\"></head><body><script src=\"main.js\"></script></body></html>\n");

        var session = chromium.Session;
        session.Driver.Navigate().GoToUrl(new Uri(Path.Combine(dist, "index.html")).AbsoluteUri);
        var result = session.Execute(TimeSpan.FromSeconds(20), "return window.result.catch(e => String(e && e.stack || e));") as string;
        Assert.NotNull(result);
        var json = JsonNode.Parse(result) as JsonObject;
        Assert.True(json is not null, result);
        Assert.Equal("<div class=\"app-module_shell\"><h1 class=\"app-module_active app-module_header\">Hello</h1></div>", (string?)json["html"]);
        Assert.Equal("settings-module_panel", (string?)json["panelClass"]);
        Assert.Equal("700", (string?)json["before"]);
        Assert.Equal("rgb(10, 20, 30)", (string?)json["color"]);
        Assert.Equal("underline", (string?)json["decoration"]);
        Assert.Equal("serif", (string?)json["font"]);
        Assert.Equal("grid", (string?)json["display"]);
        Assert.Equal("dashed", (string?)json["border"]);
        Assert.Equal("rgb(200, 0, 0)", (string?)json["borderColor"]);
        Assert.Equal("settings-module_reveal", (string?)json["animation"]);
        Assert.Equal(0, (int)json["styles"]!);
        var links = json["links"]!.AsArray();
        Assert.Equal(2, links.Count);
        // The route's link was made by the runtime: the plugin's attributes, no type (linkType: false).
        Assert.EndsWith("/dist/" + routeCss, (string?)links[1]!["href"], StringComparison.Ordinal);
        Assert.Equal("lazy", (string?)links[1]!["route"]);
        Assert.Null((string?)links[1]!["type"]);
    }
}
