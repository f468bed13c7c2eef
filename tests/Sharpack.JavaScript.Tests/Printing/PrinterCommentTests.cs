// Legal comments are printed where they were: in front of the statement or the expression they
// precede (terser's placement), never where a line break would change the program or where the
// printer must see the start of a statement.

using Sharpack.JavaScript.Printing;

namespace Sharpack.JavaScript.Tests.Printing;

public sealed class PrinterCommentTests
{
    private static string Print(string source)
    {
        var parse = JavaScriptParser.Parse(source, new ParseOptions { SourceType = SourceType.Script });
        return JsPrinter.Print(parse.Program!, source, parse.Comments, new PrintOptions(), out _);
    }

    [Theory]
    // One-line comments stay inside the expression.
    [InlineData("var a = r(/*! ./src/log */ \"./log.js\"); f();", "var a=r(/*! ./src/log */\"./log.js\");f()")]
    [InlineData("x = a + /*! keep */ b;", "x=a+/*! keep */b")]
    // One that spans lines follows a token after which a line break is harmless, else waits for the next statement.
    [InlineData("x({ a:\n/*!\n * header\n */\nfunction () {} });", "x({a:/*!\n * header\n */\nfunction(){}})")]
    [InlineData("function f() { return g(/*!\n two lines */ a); }", "function f(){return g(/*!\n two lines */\na)}")]
    [InlineData("function f() { return a + /*!\n two lines */ b; }", "function f(){return a+b}/*!\n two lines */\n")]
    // (A comment with a line break after `return` is a line break: the statement ends there.)
    [InlineData("function f() { return /*!\n two lines */ a; }", "function f(){return;/*!\n two lines */\na}")]
    // At the start of a statement the comment goes first, so that the printer still sees the statement start.
    [InlineData("/*! first */ (function () {})();", "/*! first */(function(){})()")]
    // Other comments go.
    [InlineData("x = a + /* plain */ b;", "x=a+b")]
    public void Legal_comments_stay_where_they_were(string source, string expected) => Assert.Equal(expected, Print(source));

    [Fact]
    public void A_directive_in_single_quotes_prints_in_double_quotes_when_nothing_needs_escaping()
    {
        Assert.Equal("\"use strict\";x()", Print("'use strict'; x();"));
        Assert.Equal("'use\\x20strict';x()", Print("'use\\x20strict'; x();"));
        Assert.Equal("'say \"hi\"';x()", Print("'say \"hi\"'; x();"));
    }
}
