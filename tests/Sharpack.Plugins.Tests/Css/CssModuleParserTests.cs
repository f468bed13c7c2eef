// What CssModuleParser finds in a stylesheet: dependencies, the edits of the source and the exports,
// checked on small stylesheets by the text the edits leave (local names shown as [name]).

using System.Text;
using Sharpack.Css;
using Sharpack.Plugins.Css;
using Xunit;

namespace Sharpack.Plugins.Tests.Css;

public sealed class CssModuleParserTests
{
    private static CssParseResult Parse(string css, string mode = "local", CssParserOptions? options = null) =>
        CssModuleParser.Parse(CssParser.ParseStylesheet(css), mode, options ?? new CssParserOptions());

    // The source with the edits applied: local names as [name] (a class keeps its dot), custom
    // properties as [--name], URLs as <url:request>, imported values as <name from request>.
    private static string Apply(string css, CssParseResult result)
    {
        var builder = new StringBuilder();
        var at = 0;
        foreach (var edit in result.Edits)
        {
            Assert.True(edit.Start >= at, $"edits overlap at {edit.Start}");
            builder.Append(css, at, edit.Start - at);
            builder.Append(edit.Kind switch
            {
                CssEditKind.Remove => "",
                CssEditKind.Text => edit.Text,
                CssEditKind.Local => "[" + edit.Text + "]",
                CssEditKind.LocalCustomProperty => "[--" + edit.Text + "]",
                CssEditKind.Url => "<url:" + result.Dependencies[edit.Index].Request + ">",
                CssEditKind.Imported => "<" + edit.Text + " from " + result.Dependencies[edit.Index].Request + ">",
                CssEditKind.ImportedCustomProperty => "<--" + edit.Text + " from " + result.Dependencies[edit.Index].Request + ">",
                _ => "?",
            });
            at = edit.End;
        }
        builder.Append(css, at, css.Length - at);
        return builder.ToString();
    }

    private static string Exports(CssParseResult result) =>
        string.Join("; ", result.Exports.Select(e => e.Name + "=" + string.Join(" ", e.Parts.Select(p => p.Kind switch
        {
            CssEditKind.Local => "[" + p.Text + "]",
            CssEditKind.LocalCustomProperty => "[--" + p.Text + "]",
            CssEditKind.Imported => "<" + p.Text + ">",
            _ => p.Text,
        }))));

    [Fact]
    public void An_import_with_layer_supports_and_media_is_a_dependency_and_leaves_the_stylesheet_with_its_line()
    {
        const string css = "@import url(\"a.css\") layer(base) supports(display: grid) screen and (min-width: 1px);\n.x { color: red }\n";
        var result = Parse(css, "pure");
        var import = Assert.IsType<CssImportDependency>(Assert.Single(result.Dependencies));
        Assert.Equal("a.css", import.Request);
        Assert.Equal("base", import.Layer);
        Assert.Equal("display: grid", import.Supports);
        Assert.Equal("screen and (min-width: 1px)", import.Media);
        Assert.Equal(".x { color: red }\n", Apply(css, result));
    }

    [Fact]
    public void An_import_after_a_rule_is_a_warning_and_no_dependency()
    {
        var result = Parse(".x {}\n@import \"a.css\";\n", "pure");
        Assert.Empty(result.Dependencies);
        Assert.Contains(result.Warnings, w => w.Message == "Any '@import' rules must precede all other rules");
    }

    [Fact]
    public void An_external_import_is_kept_for_the_top_of_the_file()
    {
        const string css = "@import url(\"https://example.com/a.css\") print;\n.x {}\n";
        var result = Parse(css, "pure");
        Assert.Empty(result.Dependencies);
        Assert.Equal(["@import url(\"https://example.com/a.css\") print;"], result.ExternalImports);
        Assert.Equal(".x {}\n", Apply(css, result));
    }

    [Fact]
    public void Urls_in_values_at_any_depth_are_dependencies_but_empty_data_and_external_ones_are_not()
    {
        const string css = ".a { background: url(a.png), url( 'b.png' ), image-set(\"c.png\" 1x, url(d.png) 2x); mask: var(--m, url(e.png)); cursor: url(\"\"), url(data:image/png;base64,AA), url(\"https://x/y.png\") }";
        var result = Parse(css, "pure");
        Assert.Equal(["a.png", "b.png", "c.png", "d.png", "e.png"], result.Dependencies.Select(d => d.Request));
        Assert.Equal([CssUrlKind.Url, CssUrlKind.String, CssUrlKind.Url, CssUrlKind.Url, CssUrlKind.Url], result.Dependencies.Cast<CssUrlDependency>().Select(d => d.Kind));
        Assert.Equal(".a { background: <url:a.png>, url( <url:b.png> ), image-set(<url:c.png> 1x, <url:d.png> 2x); mask: var(--m, <url:e.png>); cursor: url(\"\"), url(data:image/png;base64,AA), url(https://x/y.png) }",
            Apply(css, result));
    }

    [Fact]
    public void Classes_and_ids_are_local_where_the_mode_is_and_global_switches_it()
    {
        const string css = ".a .b:not(.c), #main, :global(.d) .e, :global .f .g, .h :local(.i) {}";
        var result = Parse(css);
        Assert.Equal(".[a] .[b]:not(.[c]), #[main], .d .[e], .f .g, .[h] .[i] {}", Apply(css, result));
        Assert.Equal("a=[a]; b=[b]; c=[c]; main=[main]; e=[e]; h=[h]; i=[i]", Exports(result));
    }

    [Fact]
    public void In_global_mode_only_local_names_are_local()
    {
        const string css = ".a :local(.b), :local .c {}";
        Assert.Equal(".a .[b], .[c] {}", Apply(css, Parse(css, "global")));
    }

    [Fact]
    public void Composes_adds_to_the_rules_classes_and_goes()
    {
        const string css = ".base {}\n.button { color: red; composes: base; composes: card from \"./card.css\"; composes: external from global; }";
        var result = Parse(css);
        Assert.Equal(".[base] {}\n.[button] { color: red;    }", Apply(css, result));
        Assert.Equal("base=[base]; button=[button] [base] <card> external", Exports(result));
        Assert.Equal("./card.css", Assert.IsType<CssIcssImportDependency>(Assert.Single(result.Dependencies)).Request);
    }

    [Fact]
    public void A_keyword_names_a_keyframes_once_it_was_spelled_as_often_as_its_grammar_allows()
    {
        const string css = "@keyframes ease {}\n.a { animation: ease ease 1s infinite; animation-name: none, spin; }";
        Assert.Equal("@keyframes [ease] {}\n.[a] { animation: ease [ease] 1s infinite; animation-name: none, [spin]; }", Apply(css, Parse(css)));
    }

    [Fact]
    public void Known_properties_name_counters_grid_areas_and_containers_but_not_their_keywords()
    {
        const string css = ".a { counter-reset: section 0 list-item 3; grid-template-areas: \"head head\" \"side .\"; container: card / inline-size; content: counter(section, decimal); }";
        Assert.Equal(".[a] { counter-reset: [section] 0 list-item 3; grid-template-areas: \"[head] [head]\" \"[side] .\"; container: [card] / inline-size; content: counter([section], decimal); }",
            Apply(css, Parse(css)));
    }

    [Fact]
    public void Custom_properties_are_local_with_dashed_idents_and_global_without()
    {
        const string css = ".a { --gap: 1px; margin: var(--gap); anchor-name: --pin; }";
        Assert.Equal(".[a] { [--gap]: 1px; margin: var([--gap]); anchor-name: [--pin]; }", Apply(css, Parse(css)));
        Assert.Equal(".[a] { --gap: 1px; margin: var(--gap); anchor-name: --pin; }", Apply(css, Parse(css, "local", new CssParserOptions { DashedIdents = false })));
    }

    [Fact]
    public void A_custom_property_from_global_stays_the_pages_and_one_from_a_file_is_that_modules()
    {
        const string css = ".a { color: var(--accent from global); margin: var(--gap from \"./tokens.module.css\", 1px); }";
        var result = Parse(css);
        Assert.Equal(".[a] { color: var(--accent); margin: var(<--gap from ./tokens.module.css>, 1px); }", Apply(css, result));
    }

    [Fact]
    public void Export_blocks_and_values_are_exports_and_values_are_replaced_where_used_media_queries_included()
    {
        const string css = "@value primary: #f00;\n@value (accent as highlight) from \"./colors.css\";\n:export { brand: primary; }\n.a { color: primary; border-color: highlight }\n@media primary {}";
        var result = Parse(css);
        // An @value names its value in media queries too.
        Assert.Equal(".[a] { color: #f00; border-color: <accent from ./colors.css> }\n@media #f00 {}", Apply(css, result));
        Assert.Equal("primary=#f00; highlight=<accent>; brand=#f00; a=[a]", Exports(result));
    }

    [Fact]
    public void A_plain_stylesheet_has_no_local_names()
    {
        const string css = ".a { animation: spin 1s; --x: 1; }\n@keyframes spin {}";
        var result = Parse(css, "pure");
        Assert.Empty(result.Exports);
        Assert.Equal(css, Apply(css, result));
    }
}
