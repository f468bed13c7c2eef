// Size, buffers and streamed output: UTF-8 bytes, equal however they are produced.

using System.Buffers;
using System.Text;

namespace Sharpack.Sources.Tests;

public sealed class OutputTests
{
    public static TheoryData<string> CaseNames() => WebpackEquivalenceTests.CaseNames();

    [Theory]
    [InlineData("héllo €😀", 14)]
    [InlineData("", 0)]
    [InlineData("ascii", 5)]
    public void SizeIsUtf8Bytes(string text, int size)
    {
        Assert.Equal(size, new RawSource(text).Size);
        Assert.Equal(size, new OriginalSource(text, "a.js").Size);
        Assert.Equal(size, new CachedSource(new RawSource(text)).Size);
    }

    [Fact]
    public void LoneSurrogateCountsAsTheThreeBytesOfUFFFD()
    {
        // As Node's Buffer.byteLength.
        Assert.Equal(3, new RawSource("\ud83d").Size);
        Assert.Equal([0xef, 0xbf, 0xbd], new RawSource("\ud83d").GetBuffer());
    }

    [Fact]
    public void ReplaceSourceSizeCountsNonAsciiReplacements()
    {
        var source = new ReplaceSource(new RawSource("const s = 'x';"));
        source.Replace(11, 11, "ü€😀");
        Assert.Equal("const s = 'ü€😀';", source.GetText());
        Assert.Equal(Encoding.UTF8.GetByteCount(source.GetText()), source.Size);
    }

    [Fact]
    public void ASurrogatePairSplitByAnEditBoundaryIsEncodedAsOneChar()
    {
        var source = new ReplaceSource(new RawSource("a\ud83d\ude00b"));
        source.Insert(2, "");
        source.Replace(0, 0, "A");
        Assert.Equal(Encoding.UTF8.GetBytes(source.GetText()), source.GetBuffer());
        Assert.Equal(6, source.Size);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void WriteToAndGetBufferGiveTheUtf8OfTheText(string name)
    {
        var testCase = Array.Find(WebpackCases.All, c => c.Name == name)!;
        var source = CaseTree.Build(testCase.Tree);
        var bytes = new ArrayBufferWriter<byte>();
        source.WriteTo(bytes);
        Assert.Equal(testCase.Size, bytes.WrittenCount);
        Assert.Equal(source.GetBuffer(), bytes.WrittenSpan.ToArray());
        var text = new StringWriter();
        source.WriteTo(text);
        Assert.Equal(testCase.Text, text.ToString());
    }

    [Fact]
    public void BinaryRawSourceKeepsItsBytes()
    {
        byte[] png = [0x89, 0x50, 0x4e, 0x47, 0xff, 0x00];
        var source = new RawSource(png);
        Assert.True(source.IsBuffer);
        Assert.Equal(6, source.Size);
        var bytes = new ArrayBufferWriter<byte>();
        new ConcatSource(source).WriteTo(bytes);
        Assert.Equal(png, bytes.WrittenSpan.ToArray());
    }
}
