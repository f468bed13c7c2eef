// The minifier: each rewrite, the places it must not apply (custom properties, functions,
// integer-typed numbers, properties where a bare 0 means something else), and on the real
// corpus: output that parses, minifies to itself, and is smaller.

using Sharpack.Css.Tests.Support;

namespace Sharpack.Css.Tests;

public sealed class CssMinifierTests
{
    private static string Min(string source) => CssMinifier.Minify(source).Code;

    [Theory]
    [InlineData("a { color : red ; }", "a{color:red}")]
    [InlineData("a > b ,  c  ~  d + e { x: y }", "a>b,c~d+e{x:y}")]
    [InlineData("a b  c { x: y }", "a b c{x:y}")]
    [InlineData("a :hover { x: y }", "a :hover{x:y}")]
    [InlineData("@media screen and (min-width : 100px) { a { x: y } }", "@media screen and (min-width:100px){a{x:y}}")]
    [InlineData("a { margin: 0px 0.50em 10.0px 0.0px }", "a{margin:0 .5em 10.0px 0}")]
    [InlineData("a { opacity: 0.50; z-index: 1.0; width: calc(0px + 1em); flex: 1 1 0px; transition: opacity 0s }", "a{opacity:.5;z-index:1.0;width:calc(0px + 1em);flex:1 1 0px;transition:opacity 0s}")]
    [InlineData("a { color: #FFFFFF; background: #ff0000 url(x.png); border-color: #AbCdEf }", "a{color:#fff;background:red url(x.png);border-color:#abcdef}")]
    [InlineData("a { color: white; animation-name: white; --c: #ffffff }", "a{color:#fff;animation-name:white;--c:#ffffff}")]
    // getComputedStyle returns a custom property's text as written: whitespace and comments stay.
    [InlineData(":root { --a: a  ,\n   b ; --b: 1px /* c */ 2px }", ":root{--a:a  ,\n   b;--b:1px /* c */ 2px}")]
    [InlineData("@property --m { syntax: \"*\"; inherits: false; initial-value: linear-gradient(#ffffff, #fff) }", "@property --m{syntax:\"*\";inherits:false;initial-value:linear-gradient(#ffffff, #fff)}")]
    [InlineData("@font-face { font-family: x; unicode-range: U+0000-00FF, U+0131 }", "@font-face{font-family:x;unicode-range:U+0000-00FF, U+0131}")]
    [InlineData(".a { --x: ; --y:   }", ".a{--x: ;--y: }")]
    [InlineData("a { transform: translate3d(0%, 0px, 0) scale3d(1, 1, 1) translate3d(1px, 0, 0) scale3d(1, 1, 2) }", "a{transform:translateZ(0)scaleZ(1)translate(1px)scaleZ(2)}")]
    [InlineData("a { transform: translate3d(-100%, 100%, 0px) rotate3d(0, 0, 1, -3deg) translate(0, -30px) translateX(0.5em) scale(2, 2) scale3d(.9, .9, 1) rotateZ(5deg) rotate3d(2, 0, 0, 1turn); -webkit-transform: scale(1.5, 1) translateY(0px) }",
        "a{transform:translate(-100%,100%)rotate(-3deg)translateY(-30px)translate(.5em)scale(2)scale(.9)rotate(5deg)rotateX(1turn);-webkit-transform:scaleX(1.5)translateY(0)}")]
    [InlineData("a { transform: translate(calc(1px * 2)) rotate3d(1, 1, 0, 5deg) var(--t); will-change: transform; x: translate3d(1px, 0, 0) }",
        "a{transform:translate(2px)rotate3d(1,1,0,5deg)var(--t);will-change:transform;x:translate3d(1px,0,0)}")]
    [InlineData("a { animation-delay: calc(1s * 2); animation-duration: calc(1s / 2); inset: calc(calc(1/2 * 100%) * -1); left: calc(1/3 * 100%); width: calc(10px - 20px); height: calc(1px + 2px + 10% - 5%) }",
        "a{animation-delay:2s;animation-duration:.5s;inset:-50%;left:33.333332%;width:calc(-10px);height:calc(3px + 5%)}")]
    [InlineData("a { z-index: calc(3 / 2); order: calc(6 / 2); opacity: calc(1 / 4); line-height: calc(0 - 1.5); flex-grow: calc(2 * (1 + 1)); x: calc(2 * 3) }",
        "a{z-index:calc(3/2);order:3;opacity:.25;line-height:calc(-1.5);flex-grow:4;x:calc(6)}")]
    [InlineData("a { width: calc(100% - var(--x)); height: calc(1px * 2px); margin: calc(1px+2px) calc(100%/3); padding: min(calc(1px * -2), 5px) var(--p, calc(1px * 3)); top: calc(1em / 0) }",
        "a{width:calc(100% - var(--x));height:calc(1px*2px);margin:calc(1px+2px) 33.333332%;padding:min(-2px,5px) var(--p,calc(3px));top:calc(1em/0)}")]
    [InlineData("a { transform: translate3d(0, 0, 0%) }", "a{transform:translate3d(0,0,0%)}")]
    [InlineData("a { transform-origin: center bottom; background-position: left center; object-position: center center; perspective-origin: left top; mask-position: center 10%; -webkit-transform-origin: CENTER Top }",
        "a{transform-origin:bottom;background-position:left;object-position:center;perspective-origin:left top;mask-position:center 10%;-webkit-transform-origin:Top}")]
    [InlineData("a { width: 16.66666667%; line-height: 1.428571429; opacity: 0.3333333333; x: 16777216.5 }", "a{width:16.666666%;line-height:1.4285715;opacity:.33333334;x:16777216.5}")]
    [InlineData("a { margin-top: 0px; color: red; margin-right: 1px; margin-bottom: 0; margin-left: 1px } b { padding-left: 1px !important; padding-top: 2px !important; padding-right: 3px !important; padding-bottom: 4px !important; border-top-left-radius: 1px; border-top-right-radius: 1px; border-bottom-right-radius: 1px; border-bottom-left-radius: 1px }",
        "a{margin:0 1px;color:red}b{padding:2px 3px 4px 1px!important;border-radius:1px}")]
    [InlineData("a { margin-top: 1px; margin-inline-start: 2px; margin-right: 1px; margin-bottom: 1px; margin-left: 1px } b { padding-top: 1px; padding-right: 1px !important; padding-bottom: 1px; padding-left: 1px } c { margin-top: 1px; margin-right: var(--m); margin-bottom: 1px; margin-left: 1px } d { margin-top: 1px; margin-right: inherit; margin-bottom: 1px; margin-left: 1px } e { margin-top: 1px; margin-right: 1px; margin-bottom: 1px; margin-left: 1px; margin-left: calc(1px + 1%) } f { border-top-width: 1px; -webkit-border-radius: 2px; border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px }",
        "a{margin-top:1px;margin-inline-start:2px;margin-right:1px;margin-bottom:1px;margin-left:1px}b{padding-top:1px;padding-right:1px!important;padding-bottom:1px;padding-left:1px}c{margin-top:1px;margin-right:var(--m);margin-bottom:1px;margin-left:1px}d{margin-top:1px;margin-right:inherit;margin-bottom:1px;margin-left:1px}e{margin-top:1px;margin-right:1px;margin-bottom:1px;margin-left:1px;margin-left:calc(1px + 1%)}f{border-top-width:1px;-webkit-border-radius:2px;border-right-width:1px;border-bottom-width:1px;border-left-width:1px}")]
    [InlineData("a { flex: 0 0 auto } b { flex: 1 1 auto } c { flex: 1 0 auto } d { flex: 0 0 auto !important }", "a{flex:none}b{flex:auto}c{flex:1 0 auto}d{flex:none!important}")]
    [InlineData("*.a, * .b, *::before, a::after, ns|*.c, *, a::selection { x: y }", ".a,* .b,:before,a:after,ns|*.c,*,a::selection{x:y}")]
    [InlineData("@keyframes k { from { x: 0 } 50% { x: 1 } 100% { x: 2 } } a { from: 1 }", "@keyframes k{0%{x:0}50%{x:1}to{x:2}}a{from:1}")]
    [InlineData("a { font: 12px / 1.5 sans-serif, serif }", "a{font:12px/1.5 sans-serif,serif}")]
    [InlineData("a { margin: 0 0; padding: 1px 2px 1px 2px; inset: 0 auto 0 auto; border-color: red blue green blue; margin-inline: 4px 4px !important }",
        "a{margin:0;padding:1px 2px;inset:0 auto;border-color:red blue green;margin-inline:4px!important}")]
    [InlineData("a { margin: 1px 2px 3px 4px; padding: var(--a) var(--a); border-radius: 1px 1px / 2px 2px; overflow: hidden hidden; gap: 1px 2px }",
        "a{margin:1px 2px 3px 4px;padding:var(--a) var(--a);border-radius:1px 1px/2px 2px;overflow:hidden;gap:1px 2px}")]
    [InlineData("a { x: 1 } b { } @media print { c { } } @layer base { }", "a{x:1}@layer base{}")]
    [InlineData("a { color: red; color: blue; color: red !important; color: red }", "a{color:blue;color:red!important;color:red}")]
    [InlineData("/*! keep */ a { /* drop */ x: y }", "/*! keep */\na{x:y}")]
    [InlineData("@charset \"UTF-8\"; /* ü */ a { x: y }", "a{x:y}")]
    [InlineData("@charset \"UTF-8\"; a { content: \"ü\" }", "@charset \"UTF-8\";a{content:\"ü\"}")]
    [InlineData("@charset \"UTF-8\"; /*! © */ a { x: y }", "@charset \"UTF-8\";/*! © */\na{x:y}")]
    [InlineData("a { width: -0.5px; top: +.5em }", "a{width:-.5px;top:.5em}")]
    [InlineData("a { background: url( \"a.png\" ) , url('b c.png'), url(\"d\\\"e\") }", "a{background:url(a.png),url('b c.png'),url(\"d\\\"e\")}")]
    [InlineData("a { color: rgb(255, 0, 0); background: rgba(0,0,0,1) linear-gradient(rgb(100% 100% 100%), rgb(0 0 0 / .5)) }", "a{color:red;background:#000 linear-gradient(#fff,rgb(0 0 0/.5))}")]
    [InlineData("a { color: hsl(0, 100%, 50%); border-color: hsl(120deg 100% 50%); fill: hsl(0, 0%, 33%) }", "a{color:red;border-color:#0f0;fill:hsl(0,0%,33%)}")]
    [InlineData("a { color: rgb(10%, 20, 30) }", "a{color:rgb(10%,20,30)}")]
    [InlineData("a { color: rgba(0, 0, 0, 0); background: linear-gradient(hsla(0, 0%, 0%, 0%), rgb(0 0 0 / 0.5), rgba(255,255,255,0)) }",
        "a{color:transparent;background:linear-gradient(transparent,rgb(0 0 0/.5),rgba(255,255,255,0))}")]
    [InlineData("a { font-weight: bold; font: bold 1em x; b { font-weight: normal } c { font: normal 1em x } }", "a{font-weight:700;font:700 1em x;b{font-weight:400}c{font:normal 1em x}}")]
    [InlineData("a { x: 1 } a { y: 2 } a { x: 1 }", "a{y:2;x:1}")]
    [InlineData("a { x: 1 } b > c { x: 1 } d:hover { x: 1 } e { y: 1 }", "a,b>c,d:hover{x:1}e{y:1}")]
    [InlineData("a { x: 1 } ::-moz-selection { x: 1 } b:has(c) { x: 1 } d { x: 1 }", "a{x:1}::-moz-selection{x:1}b:has(c){x:1}d{x:1}")]
    [InlineData("a { x: 1 } b { y: 1 } a { x: 1 }", "a{x:1}b{y:1}a{x:1}")]
    [InlineData("[a=\"b\"], [a = 'c-d' i], [a=\"e\"i], [a=\"1\"], [a=\"-2\"], [a=\"f g\"], [a=\"h\\69\"], :where([a~=\"--j\"]), li:nth-child(2n+1), li:NTH-OF-TYPE( 2n+1 ), li:nth-child(2n + 1), li:nth-child(2n+1 of .k) { x: 1 }",
        "[a=b],[a=c-d i],[a=\"e\"i],[a=\"1\"],[a=\"-2\"],[a=\"f g\"],[a=\"h\\69\"],:where([a~=--j]),li:nth-child(odd),li:NTH-OF-TYPE(odd),li:nth-child(2n+/**/1),li:nth-child(2n+1 of .k){x:1}")]
    [InlineData("a ::selection { x: 1 } b::SELECTION:hover { x: 1 } c::-moz-selection { x: 1 } d:is(e)::marker { x: 1 } f::marker:is(g) { x: 1 } h::marker { x: 1 }",
        "a ::selection,b::SELECTION:hover{x:1}c::-moz-selection{x:1}d:is(e)::marker,f::marker:is(g){x:1}h::marker{x:1}")]
    [InlineData("a { x: 1; b { y: 1 } } a { z: 1 }", "a{x:1;b{y:1}}a{z:1}")]
    [InlineData("@media (x) { a { y: 1 } } @media (x) { b { y: 1 } } @media (z) { c { y: 1 } }", "@media (x){a,b{y:1}}@media (z){c{y:1}}")]
    [InlineData("@media (x) { a { y: 1 } } d { e: 1 } @media (x) { b { y: 1 } }", "@media (x){a{y:1}}d{e:1}@media (x){b{y:1}}")]
    public void Rewrites(string source, string expected) => Assert.Equal(expected, Min(source));

    [Fact]
    public void The_corpus_minifies_to_smaller_css_that_parses_and_minifies_to_itself()
    {
        var failures = new List<string>();
        foreach (var (name, path) in CssCorpus.Files())
        {
            var source = File.ReadAllText(path);
            var result = CssMinifier.Minify(source);
            var minified = result.Code;
            if (minified.Length > source.Length)
                failures.Add($"{name}: {minified.Length} bytes from {source.Length}");
            var reparsed = CssParser.ParseStylesheet(minified);
            if (reparsed.Errors.Count > result.Errors.Count)
                failures.Add($"{name}: {reparsed.Errors.Count} errors in the output, {result.Errors.Count} in the input: {reparsed.Errors[0]}");
            if (Min(minified) != minified)
                failures.Add($"{name}: minifying the output changed it");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Source_maps_point_each_written_token_at_its_source()
    {
        const string source = "/*! license */\r\na {\n  color : #ffffff ;\n  margin: 0px 1px\n}\n\n@media print {\n  b { x: y }\n}";
        var result = CssMinifier.Minify(source, new CssMinifyOptions { SourceMap = true, FileName = "in.css" });
        Assert.Equal("/*! license */\na{color:#fff;margin:0 1px}@media print{b{x:y}}", result.Code);
        var map = result.Map!;
        Assert.Equal(["in.css"], map.Sources);
        Assert.Equal([source], map.SourcesContent!);
        var mappings = Sharpack.Sources.MappingsReader.Decode(map.Mappings);
        // (generated line, column) → (original line, column), for each token written; lines from 0 here.
        var pairs = mappings.Select(m => $"{m.GeneratedLine - 1}:{m.GeneratedColumn}->{m.OriginalLine - 1}:{m.OriginalColumn}").ToList();
        Assert.Equal(["0:0->0:0", "1:0->1:0", "1:2->2:2", "1:8->2:10", "1:13->3:2", "1:20->3:10", "1:22->3:14",
            "1:26->6:0", "1:33->6:7", "1:39->7:2", "1:41->7:6", "1:43->7:9"], pairs);
    }

    [Fact]
    public void A_charset_kept_goes_first_and_the_source_map_follows_it()
    {
        const string source = "@charset \"UTF-8\";\n/*! © */\na { content: \"ü\" }";
        var result = CssMinifier.Minify(source, new CssMinifyOptions { SourceMap = true, FileName = "in.css" });
        Assert.Equal("@charset \"UTF-8\";/*! © */\na{content:\"ü\"}", result.Code);
        var pairs = Sharpack.Sources.MappingsReader.Decode(result.Map!.Mappings)
            .Select(m => $"{m.GeneratedLine - 1}:{m.GeneratedColumn}->{m.OriginalLine - 1}:{m.OriginalColumn}").ToList();
        Assert.Equal(["0:0->0:0", "0:9->0:9", "0:17->1:0", "1:0->2:0", "1:2->2:4", "1:10->2:13"], pairs);
    }

    [Fact]
    public void Source_maps_of_the_corpus_map_every_token_to_a_token_of_the_same_text_or_its_shorter_form()
    {
        foreach (var (name, path) in CssCorpus.Files())
        {
            var source = File.ReadAllText(path);
            var sheet = CssParser.ParseStylesheet(source);
            var printed = CssPrinter.Print(sheet, minify: false, out var mappings);
            var tokenAt = new Dictionary<int, CssToken>();
            foreach (var t in sheet.Tokens)
                tokenAt[t.Start] = t;
            var previous = -1;
            foreach (var (column, offset) in mappings)
            {
                Assert.True(column > previous, $"{name}: columns out of order at {column}");
                previous = column;
                Assert.True(tokenAt.TryGetValue(offset, out var token), $"{name}: {offset} is no token's start");
                // Unminified, every token is written as it is in the source.
                Assert.True(string.CompareOrdinal(printed, column, source, offset, token.End - token.Start) == 0,
                    $"{name}: output at {column} is not the token at {offset}");
            }
            // Every rule, at-rule and declaration maps its first token.
            var mapped = mappings.Select(m => m.Offset).ToHashSet();
            var unmapped = NodeStarts(sheet.Rules).Where(start => !mapped.Contains(start)).Take(3).ToList();
            Assert.True(unmapped.Count == 0, $"{name}: nodes at {string.Join(", ", unmapped)} have no mapping");
        }
    }

    private static IEnumerable<int> NodeStarts(List<CssNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node.Start;
            var children = node switch { CssQualifiedRule rule => rule.Block, CssAtRule atRule => atRule.Block, _ => null };
            if (children is not null)
            {
                foreach (var start in NodeStarts(children))
                    yield return start;
            }
        }
    }
}
