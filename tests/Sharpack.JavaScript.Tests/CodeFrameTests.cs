// CodeFrame: the exact text of Babel-style frames (checked against @babel/code-frame 7 for the
// short-line cases), tab alignment, windows over long lines, and FormatError's first line.

using Sharpack.JavaScript.Diagnostics;
using Xunit;

namespace Sharpack.JavaScript.Tests;

public sealed class CodeFrameTests
{
    private static string Frame(string source, int offset, int contextLines = 2) =>
        CodeFrame.Format(source, new LineTable(source), offset, contextLines);

    [Fact]
    public void MarksLineAndColumn_LikeBabel()
    {
        var source = "function f() {\n  return 1 +;\n}\n";
        var offset = source.IndexOf(';');
        Assert.Equal(
            "  1 | function f() {\n" +
            "> 2 |   return 1 +;\n" +
            "    |             ^\n" +
            "  3 | }\n" +
            "  4 |",
            Frame(source, offset));
    }

    [Fact]
    public void TabsAreCopiedIntoTheCaretLine()
    {
        var source = "a\n\tb\tc;\n";
        Assert.Equal(
            "  1 | a\n" +
            "> 2 | \tb\tc;\n" +
            "    | \t \t^\n" +
            "  3 |",
            Frame(source, source.IndexOf('c')));
    }

    [Fact]
    public void GutterWidthFollowsTheLargestNumber()
    {
        var source = string.Join("\n", Enumerable.Range(1, 12).Select(i => "line" + i));
        var offset = source.IndexOf("line10", StringComparison.Ordinal) + 1;
        Assert.Equal(
            "   8 | line8\n" +
            "   9 | line9\n" +
            "> 10 | line10\n" +
            "     |  ^\n" +
            "  11 | line11\n" +
            "  12 | line12",
            Frame(source, offset));
    }

    [Fact]
    public void ContextLinesCanBeZero()
    {
        Assert.Equal("> 2 | b\n    | ^", Frame("a\nb\nc", 2, contextLines: 0));
    }

    [Fact]
    public void ErrorAtEndOfSource()
    {
        Assert.Equal("> 1 | a +\n    |    ^", Frame("a +", 3));
    }

    [Fact]
    public void LongLineIsCutToAWindowAroundTheColumn()
    {
        // 1000 characters: '0'..'9' repeated, with the error at offset 500.
        var line = string.Concat(Enumerable.Repeat("0123456789", 100));
        var frame = Frame(line, 500);
        var rows = frame.Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.Equal("> 1 | …" + line.Substring(450, CodeFrame.MaxLineWidth) + "…", rows[0]);
        // The caret sits under the character at offset 500 ('0'), past the leading '…'.
        var caret = rows[1].IndexOf('^');
        Assert.Equal('0', rows[0][caret]);
        Assert.Equal("    | " + new string(' ', 51) + "^", rows[1]);
    }

    [Fact]
    public void LongLineNearTheEndKeepsAFullWindow()
    {
        var line = new string('a', 300) + "!";
        var rows = Frame(line, 300).Split('\n');
        Assert.Equal("> 1 | …" + new string('a', 99) + "!", rows[0]);
        Assert.Equal('!', rows[0][rows[1].IndexOf('^')]);
    }

    [Fact]
    public void ContextLinesUseTheSameWindow()
    {
        var longLine = new string('x', 500);
        var source = longLine + "\n" + new string('y', 300) + "\nshort";
        var frame = Frame(source, 501 + 200);
        var rows = frame.Split('\n');
        Assert.Equal("  1 | …" + new string('x', 100) + "…", rows[0]);
        Assert.Equal("> 2 | …" + new string('y', 100) + "…", rows[1]);
        Assert.Equal("    | " + new string(' ', 51) + "^", rows[2]);
        // "short" is entirely left of the window.
        Assert.Equal("  3 | …", rows[3]);
    }

    [Fact]
    public void ShortErrorLineStillCutsLongContextLines()
    {
        var source = new string('m', 5000) + "\nbad;";
        var rows = Frame(source, 5001).Split('\n');
        Assert.Equal("  1 | " + new string('m', 100) + "…", rows[0]);
        Assert.Equal("> 2 | bad;", rows[1]);
        Assert.Equal("    | ^", rows[2]);
    }

    [Fact]
    public void FormatError_PrefixesFileLineColumnAndMessage()
    {
        var source = "let x = ;";
        var lines = new LineTable(source);
        var (line, column) = lines.GetLineColumn(8);
        var error = new SyntaxError("Unexpected token", 8, line, column, "src/a.js");
        Assert.Equal(
            "src/a.js:1:9: Unexpected token\n" +
            "> 1 | let x = ;\n" +
            "    |         ^",
            CodeFrame.FormatError(error, source, lines));
    }
}
