// Early errors found by scope analysis, one line each (esbuild's expectParseError style):
// source in, "line:column: message" out (1-based column), or no error. Messages and positions
// are acorn 8's; where acorn differs from the spec and V8, the test says so and follows V8.

using Xunit;

namespace Sharpack.JavaScript.Tests.Scopes;

public sealed class ScopeErrorTests
{
    private static string? ErrorOf(string source, SourceType type)
    {
        var result = JavaScriptParser.Parse(source, new ParseOptions { SourceType = type, AnalyzeScopes = true });
        return result.Error is { } error ? $"{error.Line}:{error.Column}: {error.Message}" : null;
    }

    private static void ExpectScriptError(string source, string expected) => Assert.Equal(expected, ErrorOf(source, SourceType.Script));

    private static void ExpectModuleError(string source, string expected) => Assert.Equal(expected, ErrorOf(source, SourceType.Module));

    private static void ExpectScriptOk(string source) => Assert.Null(ErrorOf(source, SourceType.Script));

    private static void ExpectModuleOk(string source) => Assert.Null(ErrorOf(source, SourceType.Module));

    [Fact]
    public void LexicalRedeclaration()
    {
        ExpectScriptError("let a; let a;", "1:12: Identifier 'a' has already been declared");
        ExpectModuleError("let a; let a;", "1:12: Identifier 'a' has already been declared");
        ExpectScriptError("const a = 1; const a = 2;", "1:20: Identifier 'a' has already been declared");
        ExpectScriptError("class A {} class A {}", "1:18: Identifier 'A' has already been declared");
        ExpectScriptError("let [a, a] = [];", "1:9: Identifier 'a' has already been declared");
        ExpectScriptError("let {a, b: a} = {};", "1:12: Identifier 'a' has already been declared");
        ExpectScriptError("for (let i, i;;);", "1:13: Identifier 'i' has already been declared");
        ExpectScriptError("function f(){} let f;", "1:20: Identifier 'f' has already been declared");
        ExpectScriptError("let f; function f(){}", "1:17: Identifier 'f' has already been declared");
        ExpectModuleError("{ using a = null; let a; }", "1:23: Identifier 'a' has already been declared");
        ExpectScriptOk("{ let a; } { let a; }");
        ExpectScriptOk("let a; { let a; }");
        ExpectScriptOk("x = 1; let x;");
    }

    [Fact]
    public void VarRedeclaration()
    {
        ExpectScriptOk("var a; var a;");
        ExpectScriptOk("var {a, b: a} = {};");
        ExpectScriptError("var a; let a;", "1:12: Identifier 'a' has already been declared");
        ExpectScriptError("let a; var a;", "1:12: Identifier 'a' has already been declared");
        ExpectScriptError("class A {} var A;", "1:16: Identifier 'A' has already been declared");
    }

    [Fact]
    public void VarHoistsThroughBlocks()
    {
        ExpectScriptError("let a; { var a; }", "1:14: Identifier 'a' has already been declared");
        ExpectScriptError("{ var a; } let a;", "1:16: Identifier 'a' has already been declared");
        ExpectScriptError("{ let a; { var a; } }", "1:16: Identifier 'a' has already been declared");
        ExpectScriptError("{ var a; let a; }", "1:14: Identifier 'a' has already been declared");
        ExpectScriptError("with (o) { var a; let a; }", "1:23: Identifier 'a' has already been declared");
        ExpectModuleError("let a; { var b; } var a;", "1:23: Identifier 'a' has already been declared");
        ExpectScriptOk("function f(){ var a; } let a;");
    }

    [Fact]
    public void ForHeads()
    {
        ExpectScriptError("for (let i;;) { var i; }", "1:21: Identifier 'i' has already been declared");
        ExpectScriptError("for (let i of []) { var i; }", "1:25: Identifier 'i' has already been declared");
        ExpectScriptError("for (const i in {}) { var i; }", "1:27: Identifier 'i' has already been declared");
        ExpectScriptOk("for (let i;;) { let i; }");
        ExpectScriptOk("for (var i;;) { let i; }");
        ExpectScriptOk("for (var i of []); var i;");
        ExpectScriptError("let i; for (var i of []);", "1:17: Identifier 'i' has already been declared");
        ExpectScriptError("for (let let of []);", "1:10: let is disallowed as a lexically bound name");
    }

    [Fact]
    public void TopLevelFunctions()
    {
        // Functions at the top level of a script or function are var-like; in a module they are lexical.
        ExpectScriptOk("function f(){} function f(){}");
        ExpectScriptOk("var f; function f(){}");
        ExpectModuleError("function f(){} function f(){}", "1:25: Identifier 'f' has already been declared");
        ExpectModuleError("var f; function f(){}", "1:17: Identifier 'f' has already been declared");
        ExpectModuleError("function f(){} let f;", "1:20: Identifier 'f' has already been declared");
        ExpectScriptOk("function g(){ function f(){} var f; }");
        ExpectScriptOk("function g(){ var f; function f(){} }");
        ExpectScriptOk("function g(){ async function f(){} async function f(){} }");
        ExpectScriptOk("function g(){ 'use strict'; function f(){} function f(){} }");
        ExpectScriptOk("function* g(){ function* f(){} function* f(){} }");
        ExpectScriptError("function g(){ function f(){} let f; }", "1:34: Identifier 'f' has already been declared");
        ExpectScriptError("function g(){ let f; function f(){} }", "1:31: Identifier 'f' has already been declared");
    }

    [Fact]
    public void FunctionsInBlocks()
    {
        // Sloppy mode allows duplicate plain functions in a block (Annex B.3.2.4); strict mode does not.
        ExpectScriptOk("{ function f(){} function f(){} }");
        ExpectModuleError("{ function f(){} function f(){} }", "1:27: Identifier 'f' has already been declared");
        ExpectScriptError("'use strict'; { function f(){} function f(){} }", "1:41: Identifier 'f' has already been declared");
        ExpectScriptError("function g(){ 'use strict'; { function f(){} function f(){} } }", "1:55: Identifier 'f' has already been declared");
        ExpectScriptError("{ async function f(){} async function f(){} }", "1:39: Identifier 'f' has already been declared");
        ExpectScriptError("{ function* f(){} function f(){} }", "1:28: Identifier 'f' has already been declared");
        ExpectScriptError("{ function f(){} function* f(){} }", "1:28: Identifier 'f' has already been declared");
        ExpectScriptError("{ function f(){} var f; }", "1:22: Identifier 'f' has already been declared");
        ExpectScriptError("{ var f; function f(){} }", "1:19: Identifier 'f' has already been declared");
        ExpectScriptError("{ function f(){} let f; }", "1:22: Identifier 'f' has already been declared");
        // Annex B hoisting never makes an error: it is skipped where a var would conflict.
        ExpectScriptOk("{ function f(){} } let f;");
        ExpectScriptOk("let f; { function f(){} }");
        ExpectScriptOk("if (1) function f(){} let f;");
        ExpectScriptOk("if (1) function f(){} var f;");
    }

    [Fact]
    public void LabelledFunctionsAreDeclarations()
    {
        // acorn accepts these (it does not declare labelled functions); V8 and the spec reject them.
        ExpectScriptError("label: function f(){} let f;", "1:27: Identifier 'f' has already been declared");
        ExpectScriptError("{ label: function f(){} let f; }", "1:29: Identifier 'f' has already been declared");
        ExpectScriptOk("label: function f(){} var f;");
    }

    [Fact]
    public void Switch()
    {
        ExpectScriptError("switch (0) { case 1: let a; case 2: let a; }", "1:41: Identifier 'a' has already been declared");
        ExpectScriptError("switch (0) { case 1: let a; default: var a; }", "1:42: Identifier 'a' has already been declared");
        ExpectScriptOk("switch (0) { case 1: function f(){} case 2: function f(){} }");
        ExpectScriptError("'use strict'; switch (0) { case 1: function f(){} case 2: function f(){} }", "1:68: Identifier 'f' has already been declared");
        ExpectScriptOk("let a; switch (0) { case 1: let a; }");
    }

    [Fact]
    public void Parameters()
    {
        ExpectScriptOk("function f(a, a){}");
        ExpectScriptError("function f(a, a){ 'use strict' }", "1:15: Argument name clash");
        ExpectScriptError("'use strict'; function f(a, a){}", "1:29: Argument name clash");
        ExpectModuleError("function f(a, a){}", "1:15: Argument name clash");
        ExpectScriptError("(a, a) => 1", "1:5: Argument name clash");
        ExpectScriptError("({ m(a, a){} })", "1:9: Argument name clash");
        ExpectScriptError("({ set m([a, a]){} })", "1:14: Argument name clash");
        ExpectScriptOk("({ m: function(a, a){} })");
        ExpectScriptError("class C { m(a, a){} }", "1:16: Argument name clash");
        ExpectScriptError("function f(a, a = 1){}", "1:15: Argument name clash");
        ExpectScriptError("function f(a, [a]){}", "1:16: Argument name clash");
        ExpectScriptError("function f(a, ...a){}", "1:18: Argument name clash");
    }

    [Fact]
    public void ParametersAndBody()
    {
        ExpectScriptError("function f(a){ let a; }", "1:20: Identifier 'a' has already been declared");
        ExpectScriptError("function f(a){ const a = 1; }", "1:22: Identifier 'a' has already been declared");
        ExpectScriptError("function f(a = 1){ let a; }", "1:24: Identifier 'a' has already been declared");
        ExpectScriptError("function f({a}){ let a; }", "1:22: Identifier 'a' has already been declared");
        ExpectScriptError("(a) => { let a; }", "1:14: Identifier 'a' has already been declared");
        ExpectScriptError("function f(){ var arguments; let arguments; }", "1:34: Identifier 'arguments' has already been declared");
        ExpectScriptOk("function f(a){ var a; }");
        ExpectScriptOk("function f(a = 1){ var a; }");
        ExpectScriptOk("function f(a){ { let a; } }");
        ExpectScriptOk("function f(a){ function a(){} }");
        ExpectScriptOk("function f(){ let arguments; }");
        // A function expression's name is in a scope of its own, outside the parameters.
        ExpectScriptOk("(function f(){ let f; })");
        ExpectScriptOk("(function f(f){ let g; })");
        ExpectScriptOk("(class C { m(){ let C; } })");
        ExpectScriptOk("class C extends (class C {}) {}");
    }

    [Fact]
    public void Catch()
    {
        ExpectScriptError("try {} catch (e) { let e; }", "1:24: Identifier 'e' has already been declared");
        ExpectScriptError("try {} catch (e) { function e(){} }", "1:29: Identifier 'e' has already been declared");
        ExpectScriptError("try {} catch ([e]) { var e; }", "1:26: Identifier 'e' has already been declared");
        ExpectScriptError("try {} catch ({e}) { let e; }", "1:26: Identifier 'e' has already been declared");
        ExpectScriptError("try {} catch ([a, a]) {}", "1:19: Identifier 'a' has already been declared");
        ExpectScriptError("try {} catch { let e; var e; }", "1:27: Identifier 'e' has already been declared");
        // Annex B.3.4: a var may redeclare a simple catch parameter (for-of too since ES2019).
        ExpectScriptOk("try {} catch (e) { var e; }");
        ExpectScriptOk("try {} catch (e) { for (var e in {}); }");
        ExpectScriptOk("try {} catch (e) { for (var e of []); }");
        ExpectScriptOk("try {} catch (e) { for (var e;;); }");
        ExpectScriptOk("try {} catch (e) { { let e; } }");
        ExpectScriptOk("try {} catch (e) {} let e;");
    }

    [Fact]
    public void LetIsNotALexicalName()
    {
        ExpectScriptError("let let = 1;", "1:5: let is disallowed as a lexically bound name");
        ExpectScriptError("const let = 1;", "1:7: let is disallowed as a lexically bound name");
        ExpectScriptOk("var let = 1;");
    }

    [Fact]
    public void Imports()
    {
        ExpectModuleError("import a from 'a'; let a;", "1:24: Identifier 'a' has already been declared");
        ExpectModuleError("import a from 'a'; var a;", "1:24: Identifier 'a' has already been declared");
        ExpectModuleError("import a from 'a'; import a from 'b';", "1:27: Identifier 'a' has already been declared");
        ExpectModuleError("import {a, a} from 'a';", "1:12: Identifier 'a' has already been declared");
        ExpectModuleError("import a, * as a from 'a';", "1:16: Identifier 'a' has already been declared");
        ExpectModuleError("import a from 'a'; function a(){}", "1:29: Identifier 'a' has already been declared");
        ExpectModuleError("import a from 'a'; class a {}", "1:26: Identifier 'a' has already been declared");
        ExpectModuleError("import { b as a } from 'a'; { var a; }", "1:35: Identifier 'a' has already been declared");
        ExpectModuleOk("import a from 'a'; { let a; }");
    }

    [Fact]
    public void UndefinedExports()
    {
        ExpectModuleError("export { x };", "1:10: Export 'x' is not defined");
        ExpectModuleError("export { x as y };", "1:10: Export 'x' is not defined");
        ExpectModuleError("export { x }; function f(){ var x; }", "1:10: Export 'x' is not defined");
        ExpectModuleError("export { x, y }; export { y as z };", "1:10: Export 'x' is not defined");
        // The first undefined name, at its last use.
        ExpectModuleError("export { y, x }; export { y as z };", "1:27: Export 'y' is not defined");
        ExpectModuleOk("export { x }; var x;");
        ExpectModuleOk("var x; export { x };");
        ExpectModuleOk("export { x }; { var x; }");
        ExpectModuleOk("export { x as y }; let x; let y;");
        ExpectModuleOk("import x from 'x'; export { x };");
        ExpectModuleOk("export { x } from 'x';");
    }

    [Fact]
    public void DuplicateExports()
    {
        ExpectModuleError("let x; export { x }; export { x };", "1:31: Duplicate export 'x'");
        ExpectModuleError("let x; export { x as y, x as y };", "1:30: Duplicate export 'y'");
        ExpectModuleError("export default 1; export default 2;", "1:26: Duplicate export 'default'");
        ExpectModuleError("export default 1;\nexport /* c */ default 2;", "2:16: Duplicate export 'default'");
        ExpectModuleError("let a; export { a as default }; export default 1;", "1:40: Duplicate export 'default'");
        ExpectModuleError("let a; export { a as default }; export default function(){}", "1:40: Duplicate export 'default'");
        ExpectModuleError("export default function f(){} export { f as default };", "1:45: Duplicate export 'default'");
        ExpectModuleError("export { default } from 'a'; export default 1;", "1:37: Duplicate export 'default'");
        ExpectModuleError("export * as ns from 'a'; export * as ns from 'b';", "1:38: Duplicate export 'ns'");
        ExpectModuleError("export { a } from 'a'; export { a } from 'b';", "1:33: Duplicate export 'a'");
        ExpectModuleError("let a; export { a as \"x\" }; export { a as \"x\" };", "1:43: Duplicate export 'x'");
        ExpectModuleError("export var a = 1; var b; export { b as a };", "1:40: Duplicate export 'a'");
        ExpectModuleError("export var { a, b: [c] } = {}; export { a };", "1:41: Duplicate export 'a'");
        ExpectModuleError("export class C {} export { C };", "1:28: Duplicate export 'C'");
        ExpectModuleError("export { C }; export class C {}", "1:28: Duplicate export 'C'");
        ExpectModuleError("export function f(){} export function f(){}", "1:39: Identifier 'f' has already been declared");
        ExpectModuleOk("export * from 'a'; export * from 'b';");
        ExpectModuleOk("let a; export { a, a as b, a as default };");
    }

    [Fact]
    public void StaticBlocks()
    {
        // A static block's top level is like a function body: its functions are var-like (V8; acorn rejects the duplicates).
        ExpectScriptError("class C { static { var a; let a; } }", "1:31: Identifier 'a' has already been declared");
        ExpectScriptError("class C { static { let a; var a; } }", "1:31: Identifier 'a' has already been declared");
        ExpectScriptError("class C { static { let f; function f(){} } }", "1:36: Identifier 'f' has already been declared");
        ExpectScriptOk("class C { static { function f(){} function f(){} } }");
        ExpectScriptOk("class C { static { function f(){} var f; } }");
        ExpectScriptOk("var a; class C { static { var a; } }");
    }
}
