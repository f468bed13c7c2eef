// One-line parse error tests in the style of esbuild's expectParseError: source in, the
// error message and its 1-based line:column out.

using Xunit;

namespace Sharpack.JavaScript.Tests.Parsing;

public sealed class ParserErrorTests
{
    private static string? ErrorOf(string source, SourceType goal = SourceType.Script, bool jsx = false)
    {
        var result = JavaScriptParser.Parse(source, new ParseOptions { SourceType = goal, Jsx = jsx, FileName = "t.js" });
        return result.Error?.ToString();
    }

    [Theory]
    [InlineData("a b", "t.js:1:3: Unexpected identifier 'b'")]
    [InlineData("(", "t.js:1:2: Unexpected end of input")]
    [InlineData("var 1", "t.js:1:5: Unexpected number")]
    [InlineData("'abc", "t.js:1:1: Unterminated string constant")]
    [InlineData("/* x", "t.js:1:1: Unterminated comment")]
    [InlineData("`abc", "t.js:1:1: Unterminated template")]
    [InlineData("/abc\n/", "t.js:1:1: Unterminated regular expression")]
    [InlineData("/a/gg", "t.js:1:2: Duplicate regular expression flag")]
    [InlineData("x = /{*/u", "t.js:1:6: Invalid regular expression: /{*/: Lone quantifier brackets")]
    [InlineData("3in []", "t.js:1:2: Identifier directly after number")]
    [InlineData("1__0", "t.js:1:2: Numeric separator is not allowed here")]
    [InlineData("1_", "t.js:1:2: Numeric separator is not allowed here")]
    [InlineData("0x", "t.js:1:1: Expected number in radix 16")]
    [InlineData("1.5n", "t.js:1:1: Invalid BigInt syntax")]
    [InlineData("a\n++\n", "t.js:3:1: Unexpected end of input")]
    [InlineData("break", "t.js:1:1: Illegal break statement")]
    [InlineData("continue", "t.js:1:1: Illegal continue statement: no surrounding iteration statement")]
    [InlineData("a: { continue a; }", "t.js:1:6: Illegal continue statement: 'a' does not denote an iteration statement")]
    [InlineData("while (1) break b;", "t.js:1:17: Undefined label 'b'")]
    [InlineData("a: a: ;", "t.js:1:4: Label 'a' is already declared")]
    [InlineData("return", "t.js:1:1: 'return' outside of function")]
    [InlineData("throw\n1", "t.js:1:6: Illegal newline after throw")]
    [InlineData("try {}", "t.js:1:7: Missing catch or finally clause")]
    [InlineData("switch (a) { default: default: }", "t.js:1:23: Multiple default clauses")]
    [InlineData("const a;", "t.js:1:8: Missing initializer in const declaration")]
    [InlineData("var [a];", "t.js:1:8: Complex binding patterns require an initialization value")]
    [InlineData("for (let a = 1 of b);", "t.js:1:6: for-of loop variable declaration may not have an initializer")]
    [InlineData("for (async of x);", "t.js:1:15: Unexpected identifier 'x'")]
    [InlineData("if (a) let [b] = 1;", "t.js:1:8: Lexical declaration cannot appear in a single-statement context")]
    [InlineData("while (1) function f() {}", "t.js:1:11: In strict mode code or a single-statement context, functions can only be declared at top level or inside a block")]
    [InlineData("1 = 2", "t.js:1:1: Assigning to rvalue")]
    [InlineData("a?.b = 1", "t.js:1:1: Optional chaining cannot appear in left-hand side")]
    [InlineData("a?.b`c`", "t.js:1:1: Optional chaining cannot appear in the tag of tagged template expressions")]
    [InlineData("new a?.b()", "t.js:1:6: Optional chaining cannot appear in the callee of new expressions")]
    [InlineData("({a = 1})", "t.js:1:5: Shorthand property assignments are valid only in destructuring patterns")]
    [InlineData("({__proto__: 1, __proto__: 2})", "t.js:1:17: Redefinition of __proto__ property")]
    [InlineData("a ?? b || c", "t.js:1:8: Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses")]
    [InlineData("-a ** 2", "t.js:1:4: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence")]
    [InlineData("[...a, b] = c", "t.js:1:6: Comma is not permitted after the rest element")]
    [InlineData("({a}) = 1", "t.js:1:1: Assigning to rvalue")]
    [InlineData("({get a(b) {}})", "t.js:1:8: Getter must not have any formal parameters")]
    [InlineData("({set a() {}})", "t.js:1:8: Setter must have exactly one formal parameter")]
    [InlineData("({function} = 0)", "t.js:1:3: Unexpected keyword 'function'")]
    [InlineData("`\\unicode`", "t.js:1:2: Bad escape sequence in untagged template literal")]
    [InlineData("new.target", "t.js:1:1: 'new.target' can only be used in functions and class static block")]
    [InlineData("super.a", "t.js:1:1: 'super' keyword outside a method")]
    [InlineData("class A { constructor() { super(); } }", "t.js:1:27: super() call outside constructor of a subclass")]
    [InlineData("class A { constructor() {} constructor() {} }", "t.js:1:28: Duplicate constructor in the same class")]
    [InlineData("class A { get constructor() {} }", "t.js:1:15: Constructor can't have get/set modifier")]
    [InlineData("class A { static prototype() {} }", "t.js:1:18: Classes may not have a static property named prototype")]
    [InlineData("class A { constructor = 1 }", "t.js:1:11: Classes can't have a field named 'constructor'")]
    [InlineData("class A { #a; #a; }", "t.js:1:15: Identifier '#a' has already been declared")]
    [InlineData("class A { m() { this.#b; } }", "t.js:1:22: Private field '#b' must be declared in an enclosing class")]
    [InlineData("this.#a", "t.js:1:6: Private field '#a' must be declared in an enclosing class")]
    [InlineData("class A { #a; m() { delete this.#a; } }", "t.js:1:21: Private fields can not be deleted")]
    [InlineData("class A { x = arguments; }", "t.js:1:15: Cannot use 'arguments' in class field initializer")]
    [InlineData("class A { x = async () => arguments; }", "t.js:1:27: Cannot use 'arguments' in class field initializer")]
    [InlineData("function* g() { var yield; }", "t.js:1:21: Cannot use 'yield' as identifier inside a generator")]
    [InlineData("async function f() { var await; }", "t.js:1:26: Cannot use 'await' as identifier inside an async function")]
    [InlineData("function* g(a = yield) {}", "t.js:1:17: Yield expression cannot be a default value")]
    [InlineData("async function f(a = await 1) {}", "t.js:1:22: Await expression cannot be a default value")]
    [InlineData("(a, b) \n=> a", "t.js:2:1: Unexpected token '=>'")]
    [InlineData("({a: 1}) => a", "t.js:1:6: Assigning to rvalue")]
    [InlineData("((a)) => a", "t.js:1:2: Parenthesized pattern")]
    [InlineData("'use strict'; with (a) {}", "t.js:1:15: 'with' in strict mode")]
    [InlineData("'use strict'; 010", "t.js:1:15: Octal literal in strict mode")]
    [InlineData("'use strict'; '\\01'", "t.js:1:16: Octal escape sequences are not allowed in strict mode")]
    [InlineData("function f() { '\\01'; 'use strict'; }", "t.js:1:17: Octal literal in strict mode")]
    [InlineData("'use strict'; var eval;", "t.js:1:19: Binding eval in strict mode")]
    [InlineData("'use strict'; arguments = 1;", "t.js:1:15: Assigning to arguments in strict mode")]
    [InlineData("'use strict'; delete a;", "t.js:1:15: Deleting local variable in strict mode")]
    [InlineData("'use strict'; var let;", "t.js:1:19: The keyword 'let' is reserved")]
    [InlineData("function f(a = 1) { 'use strict'; }", "t.js:1:21: Illegal 'use strict' directive in function with non-simple parameter list")]
    [InlineData("function f(static) { 'use strict'; }", "t.js:1:12: The keyword 'static' is reserved")]
    [InlineData("let let = 1;", "t.js:1:5: let is disallowed as a lexically bound name")]
    [InlineData("var \\u{63}ase;", "t.js:1:5: Escape sequence in keyword case")]
    [InlineData("import a from 'b';", "t.js:1:1: 'import' and 'export' may appear only with 'sourceType: module'")]
    [InlineData("import.meta", "t.js:1:1: Cannot use 'import.meta' outside a module")]
    [InlineData("new import('a')", "t.js:1:5: Cannot use new with import()")]
    [InlineData("a\u2029++", "t.js:2:3: Unexpected end of input")]
    [InlineData("#", "t.js:1:1: Unexpected character '#'")]
    [InlineData("\u0001", "t.js:1:1: Unexpected character '\\u0001'")]
    public void ScriptErrors(string source, string expected) => Assert.Equal(expected, ErrorOf(source));

    [Theory]
    [InlineData("await = 1", "t.js:1:7: Unexpected token '='")]
    [InlineData("function f() { await x; }", "t.js:1:16: Cannot use keyword 'await' outside an async function")]
    [InlineData("if (a) { import 'b'; }", "t.js:1:10: 'import' and 'export' may only appear at the top level")]
    [InlineData("export { 'a' as b }", "t.js:1:10: A string literal cannot be used as an exported binding without `from`.")]
    [InlineData("export { default }", "t.js:1:10: Unexpected keyword 'default'")]
    [InlineData("import { 'a' } from 'b'", "t.js:1:10: A string literal cannot be used as an imported binding without `as`")]
    [InlineData("import a from 'b' with { type: 'json', type: 'json' }", "t.js:1:40: Duplicate attribute key 'type'")]
    [InlineData("export * as '\\uD800' from 'a'", "t.js:1:13: An export name cannot include a lone surrogate.")]
    [InlineData("async (a = await 1) => a", "t.js:1:12: Await expression cannot be a default value")]
    [InlineData("<!-- a", "t.js:1:1: Unexpected token '<'")]
    public void ModuleErrors(string source, string expected) => Assert.Equal(expected, ErrorOf(source, SourceType.Module));

    [Theory]
    [InlineData("<a></b>", "t.js:1:6: Expected corresponding JSX closing tag for <a>")]
    [InlineData("<a/><b/>", "t.js:1:5: Adjacent JSX elements must be wrapped in an enclosing tag")]
    [InlineData("<a b={} />", "t.js:1:6: JSX attributes must only be assigned a non-empty expression")]
    [InlineData("<a>></a>", "t.js:1:4: Unexpected token `>`. Did you mean `&gt;` or `{'>'}`?")]
    [InlineData("<a>", "t.js:1:4: Unterminated JSX contents")]
    public void JsxErrors(string source, string expected) => Assert.Equal(expected, ErrorOf(source, SourceType.Module, jsx: true));

    [Theory]
    [InlineData("a\nb", SourceType.Script)]
    [InlineData("<!-- html comment\nx --> also\n--> at line start", SourceType.Script)]
    [InlineData("with (a) {}", SourceType.Script)]
    [InlineData("var yield, let, static, await;", SourceType.Script)]
    [InlineData("'\\08'; 010; 08.5;", SourceType.Script)]
    [InlineData("if (a) function f() {}", SourceType.Script)]
    [InlineData("a: function f() {}", SourceType.Script)]
    [InlineData("for (var x = 1 in y);", SourceType.Script)]
    [InlineData("let \n[a] = b", SourceType.Script)]
    [InlineData("x = { async, get, set, static, of }", SourceType.Script)]
    [InlineData("class A extends B { #a; static #b() {} get #c() {} set #c(v) {} static { this.#b(); } m() { return #a in this && super.m(); } constructor() { super(); new.target; } }", SourceType.Module)]
    [InlineData("await 1; for await (const x of y); export default async function () {}", SourceType.Module)]
    [InlineData("import json from './a.json' with { type: 'json' }; export * as 'a-b' from 'c'; export { x as 'y z' }; var x; import('a', { with: { type: 'json' } });", SourceType.Module)]
    [InlineData("a ??= b; a ||= c; a &&= d; a?.[b]?.(c); 1_000n; 0b1_0; /[\\p{L}--\\p{N}]/v; tag`\\unicode`;", SourceType.Module)]
    [InlineData("label: for (;;) { continue label; }", SourceType.Script)]
    [InlineData("class A { f = () => p.then(async () => { await 1; for await (const x of y); }); static g = async function () { await 2; }; }", SourceType.Module)]
    public void ValidPrograms(string source, SourceType goal)
    {
        var result = JavaScriptParser.Parse(source, new ParseOptions { SourceType = goal, FileName = "t.js" });
        Assert.Null(result.Error?.ToString());
        Assert.NotNull(result.Program);
    }

    [Fact]
    public void DeepNestingReturnsAnErrorInsteadOfCrashing()
    {
        var source = new string('(', 200_000) + "a" + new string(')', 200_000);
        Exception? failure = null;
        // A 1 MiB stack: the guard must stop the parser long before it overflows.
        var thread = new Thread(() =>
        {
            try
            {
                var result = JavaScriptParser.Parse(source, new ParseOptions { SourceType = SourceType.Script });
                Assert.NotNull(result.Error);
                Assert.Contains("Too deeply nested", result.Error!.Message);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }
}
