// LineTable: offsets to 1-based lines and columns, across every ECMAScript line terminator.

using Sharpack.JavaScript.Diagnostics;
using Xunit;

namespace Sharpack.JavaScript.Tests;

public sealed class LineTableTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)] // the '\n' itself belongs to line 1
    [InlineData(3, 2, 1)]
    [InlineData(5, 2, 3)] // the '\r' of CRLF
    [InlineData(6, 2, 4)] // the '\n' of CRLF is still line 2
    [InlineData(7, 3, 1)]
    [InlineData(8, 3, 2)] // lone CR
    [InlineData(9, 4, 1)]
    [InlineData(10, 4, 2)] // LS
    [InlineData(11, 5, 1)]
    [InlineData(12, 5, 2)] // PS
    [InlineData(13, 6, 1)] // end of source
    public void GetLineColumn_AllTerminators(int offset, int line, int column)
    {
        var table = new LineTable("ab\ncd\r\ne\rf\u2028g\u2029");
        Assert.Equal((line, column), table.GetLineColumn(offset));
    }

    [Fact]
    public void GetLineColumn_ClampsOutOfRangeOffsets()
    {
        var table = new LineTable("ab\ncd");
        Assert.Equal((1, 1), table.GetLineColumn(-5));
        Assert.Equal((2, 3), table.GetLineColumn(100));
    }

    [Fact]
    public void ColumnsCountUtf16Units()
    {
        // The emoji is two UTF-16 units, so 'x' is at column 3.
        var table = new LineTable("😀x");
        Assert.Equal((1, 3), table.GetLineColumn(2));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("\r\n", 2)]
    [InlineData("\n\r", 3)]
    [InlineData("\r\r\n\n", 4)]
    [InlineData("a\u2028b\u2029c", 3)]
    public void LineCount(string source, int expected)
    {
        Assert.Equal(expected, new LineTable(source).LineCount);
    }

    [Fact]
    public void GetLineStartAndText()
    {
        var table = new LineTable("one\r\ntwo\nthree\rfour\u2028\r\nlast");
        Assert.Equal(6, table.LineCount);
        string[] texts = ["one", "two", "three", "four", "", "last"];
        int[] starts = [0, 5, 9, 15, 20, 22];
        for (var line = 1; line <= texts.Length; line++)
        {
            Assert.Equal(starts[line - 1], table.GetLineStart(line));
            Assert.Equal(texts[line - 1], table.GetLineText(line).ToString());
        }
    }

    [Fact]
    public void GetLineText_EmptyLastLine()
    {
        var table = new LineTable("a\r\n");
        Assert.Equal("a", table.GetLineText(1).ToString());
        Assert.Equal("", table.GetLineText(2).ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void LineOutOfRangeThrows(int line)
    {
        var table = new LineTable("a\nb");
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetLineStart(line));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetLineText(line).ToString());
    }

    [Fact]
    public void ManyLines_MatchANaiveScan()
    {
        // More lines than the first guess of the table size, with mixed terminators.
        var random = new Random(12345);
        var builder = new System.Text.StringBuilder();
        string[] breaks = ["\n", "\r\n", "\r", "\u2028", "\u2029"];
        for (var i = 0; i < 2000; i++)
        {
            builder.Append('x', random.Next(0, 5));
            builder.Append(breaks[random.Next(breaks.Length)]);
        }
        var source = builder.ToString();
        var table = new LineTable(source);

        int line = 1, column = 1;
        for (var offset = 0; offset <= source.Length; offset++)
        {
            Assert.Equal((line, column), table.GetLineColumn(offset));
            if (offset == source.Length)
                break;
            var c = source[offset];
            var isBreak = c is '\n' or '\u2028' or '\u2029' || (c == '\r' && (offset + 1 >= source.Length || source[offset + 1] != '\n'));
            if (isBreak)
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        Assert.Equal(line, table.LineCount);
    }
}
