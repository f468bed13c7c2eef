// The functions module.parser.html takes, called through the node process that loaded the
// configuration: a source's filter(attributes, value), which gets the element's attributes as a
// Map, and template(source, context), whose result is the page that is parsed and whose
// addDependency/emitWarning calls reach the build.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class HtmlParserFunctionTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void A_source_filter_decides_by_the_elements_attributes()
    {
        _box.Write("src/index.js", "import page from './page.html';\nconsole.log(page);\n");
        _box.Write("src/page.html", "<img src=\"./big.png\" data-size=\"large\">\n<img src=\"./small.png\" data-size=\"small\">\n");
        _box.Write("src/big.png", "big");
        _box.Write("src/small.png", "small");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              output: { assetModuleFilename: "[name][ext]" },
              module: { parser: { html: { sources: [{ tag: "img", attribute: "src", type: "src",
                filter: (attributes, value) => attributes instanceof Map && attributes.get("data-size") === "large" && value === "./big.png" }] } } },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("<img src=\"big.png\" data-size=\"large\">\n<img src=\"./small.png\" data-size=\"small\">\n\n", _box.RunBundle("dist/main.js"));
    }

    [Fact]
    public void A_template_function_makes_the_page_that_is_parsed()
    {
        _box.Write("src/index.js", "import page from './page.html';\nconsole.log(page);\n");
        _box.Write("src/page.html", "<h1>{{title}}</h1><img src=\"{{image}}\">\n");
        _box.Write("src/image.png", "png");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              output: { assetModuleFilename: "[name][ext]" },
              module: { parser: { html: { template: (source, { resource, addDependency, emitWarning }) => {
                addDependency(resource);
                emitWarning("templated " + require("path").basename(resource));
                return source.replace("{{title}}", "Hello").replace("{{image}}", "./image.png");
              } } } },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("templated page.html", output + err, StringComparison.Ordinal);
        Assert.Equal("<h1>Hello</h1><img src=\"image.png\">\n\n", _box.RunBundle("dist/main.js"));
    }
}
