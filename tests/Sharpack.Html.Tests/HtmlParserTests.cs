// The tree builder: documents of each kind of markup, and on a generated corpus (fragments that
// exercise every insertion mode: tables, templates, select, formatting elements and the adoption
// agency, foreign content, framesets, misplaced tags, text and comments everywhere) the same tree
// as parse5's parser (Corpus/parse5-trees.mjs), in the tree-construction tests' format.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Html;
using Sharpack.Tests;

namespace Sharpack.Html.Tests;

public sealed class HtmlParserTests
{
    [Theory]
    [InlineData("<p>a<p>b", "| <html>\n|   <head>\n|   <body>\n|     <p>\n|       \"a\"\n|     <p>\n|       \"b\"")]
    [InlineData("<b>1<p>2</b>3</p>", "| <html>\n|   <head>\n|   <body>\n|     <b>\n|       \"1\"\n|     <p>\n|       <b>\n|         \"2\"\n|       \"3\"")]
    [InlineData("<table>a<tr><td>b</table>", "| <html>\n|   <head>\n|   <body>\n|     \"a\"\n|     <table>\n|       <tbody>\n|         <tr>\n|           <td>\n|             \"b\"")]
    [InlineData("<!DOCTYPE html><svg viewbox=1><foreignobject><p>x</svg>", "| <!DOCTYPE html>\n| <html>\n|   <head>\n|   <body>\n|     <svg svg>\n|       viewBox=\"1\"\n|       <svg foreignObject>\n|         <p>\n|           \"x\"")]
    [InlineData("<template><tr><td>x</template>", "| <html>\n|   <head>\n|     <template>\n|       content\n|         <tr>\n|           <td>\n|             \"x\"\n|   <body>")]
    public void Trees(string html, string expected) => Assert.Equal(expected, Serialize(HtmlParser.Parse(html)));

    [Theory]
    [InlineData("<td>a</td><tr>", "tr", "| <td>\n|   \"a\"")]
    [InlineData("</title>x", "title", "| \"</title>x\"")]
    [InlineData("<circle/><p>x", "svg", "| <svg circle>\n| <p>\n|   \"x\"")]
    [InlineData("<td>x", "template", "| <td>\n|   \"x\"")]
    public void Fragments_parse_in_their_context(string html, string context, string expected) =>
        Assert.Equal(expected, Serialize(HtmlParser.ParseFragment(html, context, context == "svg" ? HtmlNamespace.Svg : HtmlNamespace.Html)));

    [Fact]
    public void Elements_know_where_their_tags_are()
    {
        const string Html = "<div id=a><p>x</p></div>";
        var document = HtmlParser.Parse(Html);
        var body = document.Root.Children.Single().Children.Last();
        var div = body.FirstChild!.Value;
        Assert.Equal(("div", 0, 10, 18, 24), (div.Name, div.Start, div.End, div.EndTagStart, div.EndTagEnd));
        var p = div.FirstChild!.Value;
        Assert.Equal(("p", 10, 13, 14, 18), (p.Name, p.Start, p.End, p.EndTagStart, p.EndTagEnd));
        Assert.Equal("a", div.Attribute("id"));
        Assert.Equal(-1, body.Start);
    }

    // Documents against webpack's own parser (what HTML modules must match: the current standard,
    // select parsed as the 2025 customizable select has it; scripting off, as a bundler parses).
    [Fact]
    public void Trees_match_webpack_on_the_corpus() =>
        AssertSameTrees([.. Corpus().Where(i => i.Context is null)], webpack: true);

    // Fragments against parse5's parseFragment (webpack's parseHtml takes no context from outside),
    // without select, option, optgroup and hr (nor a select context), which parse5 8.1 parses as the
    // standard did before 2025.
    [Fact]
    public void Fragments_match_parse5_on_the_corpus() =>
        AssertSameTrees([.. Corpus().Where(i => i.Context is not null and not "select" && !s_selectEra.Any(i.Text.Contains))], webpack: false);

    private static readonly string[] s_selectEra = ["<select", "<option", "<optgroup", "<hr", "</select"];

    private static void AssertSameTrees(List<(string Name, string Text, string? Context, string? Namespace)> inputs, bool webpack)
    {
        Assert.True(inputs.Count > 2000, $"only {inputs.Count} inputs");
        var file = Path.Combine(Path.GetTempPath(), $"sharpack-html-trees-{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(file, inputs.Select(i => i.Context is null
                ? JsonSerializer.Serialize(new { name = i.Name, text = i.Text })
                : JsonSerializer.Serialize(new { name = i.Name, text = i.Text, context = i.Context, ns = i.Namespace })));
            string[] arguments = webpack ? ["parse5-trees.mjs", file, "--webpack"] : ["parse5-trees.mjs", file];
            var (exitCode, stdout, stderr) = TestRepository.Node(Path.Combine(TestRepository.TestSources("Sharpack.Html.Tests"), "Corpus"),
                TimeSpan.FromMinutes(5), arguments);
            Assert.True(exitCode == 0, $"parse5-trees.mjs exited {exitCode}:\n{stderr}");
            var expected = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(inputs.Count, expected.Length);
            var failures = new List<string>();
            var failed = 0;
            for (var i = 0; i < inputs.Count; i++)
            {
                var reference = (string)JsonNode.Parse(expected[i])!["tree"]!;
                var (_, text, context, ns) = inputs[i];
                var options = new HtmlParseOptions { Scripting = !webpack };
                var ours = Serialize(context is null ? HtmlParser.Parse(text, options)
                    : HtmlParser.ParseFragment(text, context, ns switch { "svg" => HtmlNamespace.Svg, "math" => HtmlNamespace.MathMl, _ => HtmlNamespace.Html }, options));
                if (reference == ours)
                    continue;
                failed++;
                if (failures.Count < 8)
                    failures.Add($"{inputs[i].Name}: {JsonSerializer.Serialize(inputs[i].Text)}\n--- {(webpack ? "webpack" : "parse5")}:\n{Shorten(reference)}\n--- ours:\n{Shorten(ours)}");
            }
            Assert.True(failed == 0, $"{failed} of {inputs.Count} inputs give another tree:\n" + string.Join("\n", failures));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Shorten(string text) => text.Length <= 1500 ? text : text[..1500] + "…";

    private static readonly string[] s_fragments =
    [
        "x", " ", "\n", "\0", "<!DOCTYPE html>", "<!doctype html public \"-//W3C//DTD HTML 4.0 Transitional//EN\">", "<!-- c -->",
        "<html>", "<html a=b>", "</html>", "<head>", "</head>", "<body>", "<body c=d>", "</body>", "<title>t</title>", "<style>s</style>",
        "<script>x</script>", "<noscript>n</noscript>", "<meta charset=utf-8>", "<link rel=x>", "<base href=/>", "<p>", "</p>",
        "<div>", "</div>", "<span>", "</span>", "<a href=1>", "</a>", "<b>", "</b>", "<i>", "</i>", "<nobr>", "</nobr>", "<em>",
        "</em>", "<font color=red>", "</font>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "<dd>", "<dt>", "</dl>", "<h1>", "</h1>",
        "<h2>", "</h3>", "<pre>\n", "<listing>", "<form>", "</form>", "<button>", "</button>", "<table>", "</table>", "<tr>",
        "</tr>", "<td>", "</td>", "<th>", "<tbody>", "</tbody>", "<thead>", "<tfoot>", "<caption>", "</caption>", "<col>",
        "<colgroup>", "</colgroup>", "<select>", "</select>", "<option>", "</option>", "<optgroup>", "<input>", "<input type=hidden>",
        "<textarea>\nx</textarea>", "<template>", "</template>", "<svg>", "</svg>", "<math>", "</math>", "<foreignObject>",
        "<desc>", "<mi>", "<mtext>", "<annotation-xml encoding=text/html>", "<circle/>", "<g>", "</g>", "<svg clippath=x>",
        "<lineargradient>", "<path d=1 xlink:href=y>", "<frameset>", "</frameset>", "<frame>", "<noframes>f</noframes>",
        "<img src=a>", "<br>", "</br>", "<hr>", "<image>", "<iframe>i</iframe>", "<xmp>x</xmp>", "<plaintext>", "<ruby>", "<rt>",
        "<rp>", "<applet>", "<object>", "</object>", "<marquee>", "<area>", "<wbr>", "<embed>", "<param>", "<source>", "<track>",
        "<address>", "<article>", "<main>", "<section>", "<nav>", "<center>", "<blockquote>", "<details>", "<summary>", "<dialog>",
        "<sub>", "<sup>", "<u>", "<s>", "<strike>", "<big>", "<small>", "<code>", "<tt>", "<strong>", "<label>", "<fieldset>",
        "</x>", "<x>", "<p><b><i><u>", "</b></i>", "<table><tr><td>", "<a><p><a>", "<b><p></b>",
    ];

    // Contexts of fragment parses (innerHTML of these elements).
    private static readonly (string Name, string Namespace)[] s_contexts =
    [
        ("div", "html"), ("body", "html"), ("html", "html"), ("head", "html"), ("table", "html"), ("tbody", "html"), ("tr", "html"),
        ("td", "html"), ("caption", "html"), ("colgroup", "html"), ("select", "html"), ("template", "html"), ("title", "html"),
        ("textarea", "html"), ("style", "html"), ("script", "html"), ("noscript", "html"), ("plaintext", "html"), ("frameset", "html"),
        ("svg", "svg"), ("foreignObject", "svg"), ("math", "math"), ("mi", "math"), ("annotation-xml", "math"),
    ];

    private static List<(string Name, string Text, string? Context, string? Namespace)> Corpus()
    {
        var inputs = new List<(string, string, string?, string?)>();
        var random = new Random(20261207);
        for (var n = 0; n < 12000; n++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 24);
            for (var k = 0; k < count; k++)
                text.Append(s_fragments[random.Next(s_fragments.Length)]);
            // Every fourth one is a fragment parsed in some context.
            if (n % 4 == 3)
            {
                var (context, ns) = s_contexts[random.Next(s_contexts.Length)];
                inputs.Add(($"generated-{n}-in-{context}", text.ToString(), context, ns));
            }
            else
            {
                inputs.Add(($"generated-{n}", text.ToString(), null, null));
            }
        }
        foreach (var fragment in s_fragments)
            inputs.Add(($"fragment-{fragment}", fragment, null, null));
        var modules = Path.Combine(TestRepository.Fixtures, "node_modules");
        if (Directory.Exists(modules))
        {
            foreach (var path in Directory.EnumerateFiles(modules, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(200))
                inputs.Add((Path.GetRelativePath(modules, path), File.ReadAllText(path), null, null));
        }
        return inputs;
    }

    // The tree-construction tests' format (see Corpus/parse5-trees.mjs).
    private static string Serialize(HtmlDocument document)
    {
        var lines = new List<string>();
        Serialize(document.Root, 0, lines);
        return string.Join("\n", lines);
    }

    private static void Serialize(HtmlNode node, int depth, List<string> lines)
    {
        var indent = "| " + new string(' ', depth * 2);
        foreach (var child in node.Children)
        {
            switch (child.Kind)
            {
                case HtmlNodeKind.DocumentType:
                    var ids = child.PublicId is not null || child.SystemId is not null ? $" \"{child.PublicId}\" \"{child.SystemId}\"" : "";
                    lines.Add($"{indent}<!DOCTYPE {child.Text}{ids}>");
                    break;
                case HtmlNodeKind.Comment:
                    lines.Add($"{indent}<!-- {child.Text} -->");
                    break;
                case HtmlNodeKind.Text:
                    lines.Add($"{indent}\"{child.Text}\"");
                    break;
                case HtmlNodeKind.Element:
                    var prefix = child.Namespace switch { HtmlNamespace.Svg => "svg ", HtmlNamespace.MathMl => "math ", _ => "" };
                    lines.Add($"{indent}<{prefix}{child.Name}>");
                    var attributes = child.Attributes.ToArray()
                        .Select(a => (Name: child.Namespace != HtmlNamespace.Html && HtmlElements.ForeignAttributes.Contains(a.Name) ? a.Name.Replace(':', ' ') : a.Name, a.Value))
                        .OrderBy(a => a.Name, StringComparer.Ordinal);
                    foreach (var (name, value) in attributes)
                        lines.Add($"{indent}  {name}=\"{value}\"");
                    if (child.Content is { } content)
                    {
                        lines.Add($"{indent}  content");
                        Serialize(content, depth + 2, lines);
                    }
                    Serialize(child, depth + 1, lines);
                    break;
            }
        }
    }
}
