// The compressor's rewrites, each on the smallest program that shows it (printed without
// mangling), and the cases where a rewrite must not happen. Every test262 pass/ file compressed
// and printed parses again.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Minifying;
using Sharpack.JavaScript.Printing;
using Sharpack.JavaScript.Tests.Support;

namespace Sharpack.JavaScript.Tests.Minifying;

public sealed class CompressorTests
{
    private static string Compress(string source, bool module = false) =>
        JsMinifier.Minify(source, new MinifyOptions { SourceType = module ? SourceType.Module : SourceType.Script, Mangle = null }).Code!;

    [Theory]
    [InlineData("var a = 1; var b = 2; let c; let d = 3;", "var a=1,b=2;let c,d=3")]
    [InlineData("f(); g(); h();", "f(),g(),h()")]
    [InlineData("{ f(); { g(); } }", "f(),g()")]
    [InlineData("if (a) { f(); }", "a&&f()")]
    [InlineData("if (!a) { f(); }", "a||f()")]
    [InlineData("if (a) f(); else g();", "a?f():g()")]
    [InlineData("if (!a) f(); else g();", "a?g():f()")]
    [InlineData("if (a) ; else g();", "a||g()")]
    [InlineData("if (a) {} else {}", "a")]
    [InlineData("function f() { if (a) return b; return c; }", "function f(){return a?b:c}")]
    [InlineData("function f() { g(); if (a) return b; if (c) return d; return e; }", "function f(){return g(),a?b:c?d:e}")]
    [InlineData("function f() { if (a) { return b; } else { return c; } }", "function f(){return a?b:c}")]
    [InlineData("function f() { return undefined; }", "function f(){}")]
    [InlineData("function f() { if (a) return undefined; g(); }", "function f(){a||g()}")]
    [InlineData("function f() { if (a) return; g(); h(); }", "function f(){a||(g(),h())}")]
    [InlineData("function f() { if (a) return; if (b) return; g(); }", "function f(){a||b||g()}")]
    [InlineData("function f() { if (a) { g(); return; } h(); }", "function f(){a?g():h()}")]
    [InlineData("function f() { if (a) return; let x = g(); h(x); }", "function f(){if(a)return;let x=g();h(x)}")]
    [InlineData("x = 'a' + 'b' + c + 'd' + 'e';", "x=\"ab\"+c+\"de\"")]
    [InlineData("function f() { var a = g(); return a.b; }", "function f(){return g().b}")]
    [InlineData("function f(a) { debugger; a; 1; g(); }", "function f(a){g()}")]
    [InlineData("function f() { const N = 60, M = N + 1; g(N, M); h(N); }", "function f(){g(60,61),h(60)}")]
    [InlineData("function f() { let s = 'some long text'; g(s); h(s); }", "function f(){let s=\"some long text\";g(s),h(s)}")]
    [InlineData("function f() { let n = 1; n++; g(n); }", "function f(){let n=1;n++,g(n)}")]
    [InlineData("function f() { var n = 1; g(n, n); }", "function f(){g(1,1)}")]
    [InlineData("function f() { var a = g(), b = a.x; k(b, b); }", "function f(){var b=g().x;k(b,b)}")]
    [InlineData("function f(o) { const a = g(); o.x = a; }", "function f(o){o.x=g()}")]
    [InlineData("function f() { let a = g(); if (a) h(); }", "function f(){g()&&h()}")]
    [InlineData("function f(o) { var a = g(); h(), k(a); }", "function f(o){var a=g();h(),k(a)}")]
    [InlineData("function f() { var a = g(); x = y; k(a); }", "function f(){var a=g();x=y,k(a)}")]
    [InlineData("function f() { var a = g(); b && k(a); }", "function f(){var a=g();b&&k(a)}")]
    [InlineData("function f() { var a = 1; b && k(a); }", "function f(){b&&k(1)}")]
    [InlineData("function f() { var a = g(); return a + a; }", "function f(){var a=g();return a+a}")]
    [InlineData("function f(m) { const it = m.entries(); for (const [e] of it) h(e); }", "function f(m){const it=m.entries();for(const[e]of it)h(e)}")]
    [InlineData("function f(m) { var it = m.entries(); for (var e of it) h(e); }", "function f(m){for(var e of m.entries())h(e)}")]
    [InlineData("a ? x = 1 : x = 2; b ? y += 1 : y += 2; c ? z = 1 : w = 2;", "x=a?1:2,y+=b?1:2,c?z=1:w=2")]
    [InlineData("function f() { var a; a = g(), h(); var b = 1; b = b + 1; return a + b; }", "function f(){var a=g();h();var b=1;return b+=1,a+b}")]
    [InlineData("var a; f(a); var a; var a = 2, b;", "var a;f(a);var a=2,b")]
    [InlineData("function f() { var a; g(); var a; h(a); }", "function f(){var a;g(),h(a)}")]
    [InlineData("for (const x of y) { if (!x) continue; f(x); g(x); }", "for(const x of y)x&&(f(x),g(x))")]
    [InlineData("(function () { a(); })(); (function () { b(); }());", "!function(){a()}(),function(){b()}()")]
    [InlineData("x = 1 + 2 * 3; y = 'n' + 1; z = 1 / 3; w = 5 % 3 | 8 >>> 1;", "x=7,y=\"n1\",z=1/3,w=6")]
    [InlineData("x = 'a' === 'a'; y = 1 == '1'; z = null == void 0; w = 'b' < 'a'; v = 1 < NaN;", "x=!0,y=!0,z=!0,w=!1,v=1<NaN")]
    [InlineData("x = typeof 'a'; y = !'a'; z = !'';", "x=\"string\",y=!1,z=!0")]
    [InlineData("x = 1 && y; z = 0 || w; v = null ?? u; t = 'a' ? b : c;", "x=y,z=w,v=u,t=b")]
    [InlineData("if (!(a !== b)) f(); if (!!c) g(); x = !(d == e);", "a===b&&f(),c&&g(),x=d!=e")]
    [InlineData("if (!(a === b && !c)) f();", "a===b&&!c||f()")]
    [InlineData("function f() { if (a === b && c !== d) return; g(); }", "function f(){a===b&&c!==d||g()}")]
    [InlineData("x = a === null || a === void 0; y = b !== undefined && b !== null;", "x=a==null,y=b!=null")]
    [InlineData("if (a) if (b) f();", "a&&b&&f()")]
    [InlineData("if (1) f(); else g(); if ('') h();", "f()")]
    [InlineData("function f() { if (0) { var x = 1; } return x; }", "function f(){if(0)var x=1;return x}")]
    [InlineData("function f() { function g() { return 1; } return h(g); }", "function f(){return h(function(){return 1})}")]
    [InlineData("function f() { if (a) { b(g); } function g() {} }", "function f(){a&&b(function(){})}")]
    [InlineData("function f() { for (;;) h(g); function g() {} }", "function f(){for(;;)h(g);function g(){}}")]
    [InlineData("function f() { return () => g; function g() {} }", "function f(){return()=>g;function g(){}}")]
    [InlineData("function f() { h(g, g); function g() {} }", "function f(){h(g,g);function g(){}}")]
    [InlineData("function f() { { let g2 = k(); h(g, g2, g2); } function g() {} }", "function f(){{let g2=k();h(g,g2,g2)}function g(){}}")]
    [InlineData("while (true) f();", "for(;;)f()")]
    [InlineData("function f() { if (a) return b; else g(); h(); }", "function f(){if(a)return b;g(),h()}")]
    [InlineData("function f() { if (a) { g(); return b; } throw h(), c; }", "function f(){if(a)return g(),b;throw h(),c}")]
    [InlineData("function f() { g(); return; }", "function f(){g()}")]
    [InlineData("for (const x of y) { if (x) f(); continue; } let z = void 0;", "for(const x of y)x&&f();let z")]
    [InlineData("for (; true; ) f();", "for(;;)f()")]
    [InlineData("x = true; y = false; z = !true;", "x=!0,y=!1,z=!1")]
    [InlineData("x = undefined; void 'a';", "x=void 0")]
    [InlineData("f(); 'not a directive';", "f()")]
    [InlineData("a['b'] = a['c-d'];", "a.b=a[\"c-d\"]")]
    [InlineData("if (typeof a === 'undefined' || typeof b !== typeof c) f();", "(typeof a>\"u\"||typeof b!=typeof c)&&f()")]
    [InlineData("x = 'undefined' != typeof y;", "x=typeof y<\"u\"")]
    [InlineData("x = x + 1; y = y * (z - 1); w = w - z - 1;", "x+=1,y*=z-1,w=w-z-1")]
    [InlineData("(function () { f(); })();", "!function(){f()}()")]
    [InlineData("x = () => { return { a: 1 }; };", "x=()=>({a:1})")]
    [InlineData("x = !a ? b : c;", "x=a?c:b")]
    [InlineData("\"use strict\"; function f() { \"use strict\"; return 1; }", "\"use strict\";function f(){return 1}")]
    public void Rewrites(string source, string expected)
    {
        Assert.Equal(expected, Compress(source));
    }

    [Theory]
    // A block with a lexical declaration keeps its braces and its scope.
    [InlineData("{ let a = g(); f(a, a); } { let a = 2; }", "{let a=g();f(a,a)}{let a=2}")]
    [InlineData("if (a) { function g() {} }", "if(a){function g(){}}")]
    // `undefined` can be rebound where `with` or a direct eval can reach it.
    [InlineData("with (o) x = undefined;", "with(o)x=undefined")]
    [InlineData("function f(undefined) { return undefined; }", "function f(undefined){return undefined}")]
    // Directives stay directives, and are not joined with expressions.
    [InlineData("function f() { \"use strict\"; g(); }", "function f(){\"use strict\";g()}")]
    // A deleted member stays a member.
    [InlineData("delete a['b'];", "delete a.b")]
    // A string statement that is no directive does not become one.
    public void Keeps(string source, string expected)
    {
        Assert.Equal(expected, Compress(source));
    }

    [Theory]
    // Unread declarations of a function go; an initializer that may do something stays.
    [InlineData("function f() { function unused() {} var x = 1, y = g(); let z = () => 1; return 1; }", "function f(){g();return 1}")]
    // Dropping one releases what it read.
    [InlineData("function f() { function a() { return b(); } function b() {} class C extends Object { m() { return a(); } } return 1; }", "function f(){return 1}")]
    // A pure-annotated call is dropped with its variable; a plain call is not.
    [InlineData("function f() { var a = /*#__PURE__*/ make(1), b = make(2); }", "function f(){make(2)}")]
    [InlineData("function f() { var a = g(), b = h(), c = 1; k(b, b); }", "function f(){var b=(g(),h());k(b,b)}")]
    [InlineData("function f() { var b = h(), a = g(); k(b, b); }", "function f(){var b=h();g(),k(b,b)}")]
    // A class whose definition runs code stays.
    [InlineData("function f() { class A { static x = g(); } class B { static { g(); } } }", "function f(){class A{static x=g()}class B{static{g()}}}")]
    // A script's top level is global; a direct eval can read anything.
    [InlineData("function unused() {} var x = 1;", "function unused(){}var x=1")]
    [InlineData("function f() { var hidden = 1; return eval('hidden'); }", "function f(){var hidden=1;return eval(\"hidden\")}")]
    public void Drops_what_nothing_reads(string source, string expected)
    {
        Assert.Equal(expected, Compress(source));
    }

    // A function called once goes where the call is, in a loop or a nested function too; its
    // scope moves there, so that names between never shadow what it reads (mangled here).
    [Theory]
    [InlineData("function f() { for (;;) g(1); function g(a) { h(a); } }", "function f(){for(;;)!function(n){h(n)}(1)}")]
    [InlineData("function f() { return function () { return g(1); }; function g(a) { return a + 1; } }", "function f(){return function(){return function(n){return n+1}(1)}}")]
    [InlineData("function o(longName) { function t(x) { return longName + x; } return function (p) { var q = p * 2; return t(q) + q; }; } module.exports = o;",
        "function o(t){return function(n){var r=n*2;return function(n){return t+n}(r)+r}}module.exports=o")]
    // sloppy code keeps its own `this` out of strict code
    [InlineData("function o() { function g() { return this; } return function () { 'use strict'; return g(); }; }", "function o(){function t(){return this}return function(){\"use strict\";return t()}}")]
    // each calls the other once: one goes into the other, never both
    [InlineData("function o() { function a() { b(); } function b() { a(); } }", "function o(){function n(){!function(){n()}()}}")]
    public void Inlines_a_function_called_once_where_it_is_called(string source, string expected) =>
        Assert.Equal(expected, JsMinifier.Minify(source, new MinifyOptions { SourceType = SourceType.Script }).Code);

    // A scope between the call and the declaration that declares a name the function reads keeps
    // it where it is: without mangling (or for a name nothing renames) the name would be captured.
    [Theory]
    [InlineData("function F(x){function g(){return x}function h(x){return g()+x}return h(2)}", "function F(x){function g(){return x}return function(x){return g()+x}(2)}")]
    [InlineData("function F(){function g(){return x}function h(o){var x=2;with(o)k(x);return g()}return h}", "function F(){function g(){return x}return function(o){var x=2;with(o)k(x);return g()}}")]
    // labelled, it goes where it is called and its declaration goes too
    [InlineData("function F(){L:function g(){k()}h(function(){g()})}", "function F(){h(function(){!function(){k()}()})}")]
    public void Keeps_a_function_whose_names_a_scope_between_declares(string source, string expected) =>
        Assert.Equal(expected, Compress(source));

    // A var set once by a statement of its body is read as its literal where it is set already:
    // after it, in functions created after it, in declarations nothing calls before it.
    [Theory]
    [InlineData("function o(){ var a = 1; function f(){ return a } g(f) }", "function o(){g(function(){return 1})}")]
    [InlineData("function o(){ var a = 1; function f(){ return a } function h(){ return f() } return h }", "function o(){return function(){return function(){return 1}()}}")]
    [InlineData("function o(){ var a = 1; return () => a + 1 }", "function o(){return()=>2}")]
    [InlineData("function o(){ var a = 1; var a; return a }", "function o(){return 1}")]
    // called (or passed) before the var is set, directly or through another declaration
    [InlineData("function o(){ g(f); var a = 1; function f(){ return a } }", "function o(){g(function(){return a});var a=1}")]
    [InlineData("function o(){ h(); var a = 1; function f(){ return a } function h(){ return f() } return h }", "function o(){h();var a=1;function h(){return function(){return a}()}return h}")]
    [InlineData("function o(){ function f(p = a){ return p } f(); var a = 1; return f }", "function o(){function f(p=a){return p}f();var a=1;return f}")]
    // read in a declaration that is exported or labelled (hoisted, maybe called first)
    [InlineData("function o(){ g(); var x = 1; L: function g(){ k(x) } }", "function o(){!function(){k(x)}();var x=1}")]
    // set in a branch, set twice, written again
    [InlineData("function o(){ if (c) var a = 1; return function(){ return a } }", "function o(){if(c)var a=1;return function(){return a}}")]
    [InlineData("function o(){ var a = 1; var a = 2; return a }", "function o(){var a=1,a=2;return a}")]
    [InlineData("function o(b){ var a = 2; x(a); a++; return a }", "function o(b){var a=2;return x(a),a++,a}")]
    public void A_var_set_once_is_a_constant_where_it_is_set(string source, string expected) =>
        Assert.Equal(expected, Compress(source));

    [Fact]
    public void An_exported_function_may_read_a_var_before_it_is_set()
    {
        // An importer in a cycle may call f before the module's body runs.
        Assert.Equal("var x=1;export function f(){return x}", Compress("var x = 1; export function f() { return x }", module: true));
        Assert.Equal("var x=1;function f(){return x}export{f}", Compress("var x = 1; function f() { return x } export { f };", module: true));
    }

    // A var nothing reads loses its assignments (their values stay for their effects) and then itself.
    [Theory]
    [InlineData("function o(){ var a; if (c) { a = f(); b = g(a2); } }", "function o(){c&&(f(),b=g(a2))}")]
    [InlineData("function o(){ var a = g(); a = h(); }", "function o(){g(),h()}")]
    [InlineData("function o(){ var a; a = function(){}; x(a = 3) }", "function o(){x(3)}")]
    // read somewhere, written by += or a for-in head, or a script's global: it stays
    [InlineData("function o(){ var a; a = 1; return a }", "function o(){var a=1;return a}")]
    [InlineData("function o(){ var a; a += 1; }", "function o(){var a;a+=1}")]
    [InlineData("function o(){ var a; for (a in o); }", "function o(){var a;for(a in o);}")]
    [InlineData("var a; a = f();", "var a=f()")]
    // a name or a property alone would change a call's this, a tag's or typeof's meaning
    [InlineData("function f(o){ var m; return (m = o.get)() }", "function f(o){var m;return(m=o.get)()}")]
    [InlineData("function g(){ var m; return typeof (m = nope) }", "function g(){var m;return typeof(m=nope)}")]
    public void A_var_nothing_reads_loses_its_assignments(string source, string expected) =>
        Assert.Equal(expected, Compress(source));

    [Fact]
    public void Statements_join_up_to_terser_s_sequences_limit_and_declarations_up_to_200()
    {
        var calls = string.Concat(Enumerable.Range(0, 250).Select(i => $"f({i});"));
        Assert.Equal(2, Compress(calls).Split(';').Length);
        Assert.Equal(3, JsMinifier.Minify("f(1); f(2); f(3);", new MinifyOptions { SourceType = SourceType.Script, Mangle = null, Compression = new CompressOptions { Sequences = 1 } }).Code!.Split(';').Length);
        var declarations = string.Concat(Enumerable.Range(0, 250).Select(i => $"var a{i} = f({i});"));
        var joined = Compress(declarations);
        Assert.Equal(2, joined.Split("var ").Length - 1);
        Assert.Contains("a199=f(199);var a200=f(200)", joined, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unread_function_or_class_expression_name_goes_and_frees_its_slot()
    {
        // Without the name, the parameters of a named function take the names an anonymous one's do.
        var code = JsMinifier.Minify("(function () { var f = function named(first, second) { return first * second; }; var g = function (first, second) { return first + second; }; var h = function self() { return self; }; var K = class Name {}; use(f, g, h, K); })();",
            new MinifyOptions { SourceType = SourceType.Script }).Code!;
        Assert.DoesNotContain("named", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Name", code, StringComparison.Ordinal);
        Assert.Matches(@"\(function\((\w),(\w)\)\{return \1\*\2\},function\(\1,\2\)\{return \1\+\2\}", code);
        // A name the function reads stays (renamed).
        Assert.Matches(@"function (\w)\(\)\{return \1\}", code);
    }

    [Fact]
    public void A_module_drops_unread_top_level_declarations_but_not_exports()
    {
        Assert.Equal("export const kept=1;export function used(){}", Compress("function unused() {} const alsoUnused = 2; export const kept = 1; export function used() {}", module: true));
    }

    [Fact]
    public void Test262_pass_files_compressed_still_parse()
    {
        var pass = Path.Combine(RepoPaths.Package("test262-parser-tests"), "pass");
        var failures = new Failures();
        Parallel.ForEach(Directory.GetFiles(pass, "*.js"), file =>
        {
            var goal = file.Contains(".module.js", StringComparison.Ordinal) ? SourceType.Module : SourceType.Script;
            var result = JsMinifier.Minify(File.ReadAllText(file), new MinifyOptions { SourceType = goal, Mangle = new MangleOptions { TopLevel = true } });
            if (result.Code is null)
                return;
            var again = JavaScriptParser.Parse(result.Code, new ParseOptions { SourceType = goal });
            if (again.Program is null)
                failures.Add($"{Path.GetFileName(file)}: the compressed program does not parse: {again.Error!.Message}: {result.Code}");
        });
        failures.ThrowIfAny("compressed pass/ files failed");
    }
}
