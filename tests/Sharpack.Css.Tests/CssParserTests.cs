// The parser (CSS Syntax Level 3 §5, with nesting): rules, at-rules with and without blocks,
// declarations and !important, nested rules among declarations, and the recovery rules for
// bad declarations, stray braces and unclosed blocks.

using Sharpack.Css;
using Sharpack.Css.Tests.Support;

namespace Sharpack.Css.Tests;

public sealed class CssParserTests
{
    private static string Tree(string source) => CssTreeDump.Dump(CssParser.ParseStylesheet(source));

    [Fact]
    public void Rules_and_declarations()
    {
        Assert.Equal(
            "rule Ident:a WS Delim:> WS Ident:b\n  color: Ident:red\n  margin: Number:0i WS Dimension:1i:px !important\n",
            Tree("a > b { color: red; margin: 0 1px ! important }"));
    }

    [Fact]
    public void At_rules_with_and_without_blocks()
    {
        Assert.Equal(
            "@import String:x.css WS Ident:screen;\n@media Ident:screen {\n  rule Ident:a\n    b: Ident:c\n",
            Tree("@import 'x.css' screen; @media screen { a { b: c } }"));
    }

    [Fact]
    public void Nested_rules_sit_among_declarations()
    {
        Assert.Equal(
            "rule Delim:. Ident:card\n  color: Ident:red\n  rule Delim:& Colon:: Ident:hover\n    color: Ident:blue\n  @media LeftParenthesis:( Ident:x RightParenthesis:) {\n    color: Ident:green\n  margin: Number:0i\n",
            Tree(".card { color: red; &:hover { color: blue } @media (x) { color: green } margin: 0 }"));
    }

    [Fact]
    public void A_selector_that_starts_like_a_declaration_is_a_rule()
    {
        // `a:hover { … }` is tried as a declaration first; a {}-block with other tokens is no value.
        Assert.Equal("rule Ident:div\n  rule Ident:a Colon:: Ident:hover\n    b: Ident:c\n", Tree("div { a:hover { b: c } }"));
    }

    [Fact]
    public void Custom_properties_keep_their_values_blocks_included()
    {
        Assert.Equal("rule Colon:: Ident:root\n  --x: LeftBrace:{ WS Ident:a WS RightBrace:}\n  --Y: Number:1i\n", Tree(":root { --x: { a }; --Y: 1 }"));
    }

    [Fact]
    public void Bad_declarations_are_skipped_to_their_semicolon()
    {
        var sheet = CssParser.ParseStylesheet("a { b c; 1: 2; d: e; (f; g): h; i: j }");
        Assert.Equal("rule Ident:a\n  d: Ident:e\n  i: Ident:j\n", CssTreeDump.Dump(sheet));
    }

    [Fact]
    public void Recovery_at_the_top_level()
    {
        // A stray } joins the next rule's prelude; an unclosed block closes at the end.
        Assert.Equal("rule RightBrace:} WS Ident:a\n  b: Ident:c\n", Tree("} a { b: c"));
        var sheet = CssParser.ParseStylesheet("a { b: c");
        Assert.Contains(sheet.Errors, e => e.Message == "Unclosed block");
        Assert.Equal(8, sheet.Rules[0].End);
    }

    [Fact]
    public void Node_ranges_point_into_the_source()
    {
        const string source = "a { b: c d ; }\n@x y;";
        var sheet = CssParser.ParseStylesheet(source);
        var rule = (CssQualifiedRule)sheet.Rules[0];
        Assert.Equal("a { b: c d ; }", source[rule.Start..rule.End]);
        Assert.Equal("b: c d", source[rule.Block[0].Start..rule.Block[0].End]);
        Assert.Equal("@x y;", source[sheet.Rules[1].Start..sheet.Rules[1].End]);
    }

    [Theory]
    [InlineData("a/**/b{c:d}", "a/**/b{c:d}")]
    [InlineData("a { width: 1/**/px; x: 1 /**/ 2 }", "a{width:1/**/px;x:1 2}")]
    [InlineData("@media  screen  and (x) { a { b : c !important } }", "@media screen and (x){a{b:c!important}}")]
    [InlineData("@charset \"utf-8\";@import url(a.css)", "@charset \"utf-8\";@import url(a.css);")]
    public void Printing(string source, string expected) =>
        Assert.Equal(expected, CssPrinter.Print(CssParser.ParseStylesheet(source)));
}
