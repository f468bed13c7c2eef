// Base64 VLQ: known encodings and round trips over the whole int range.

namespace Sharpack.Sources.Tests;

public sealed class VlqTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "C")]
    [InlineData(-1, "D")]
    [InlineData(15, "e")]
    [InlineData(16, "gB")]
    [InlineData(-16, "hB")]
    [InlineData(123456, "gkxH")]
    [InlineData(int.MaxValue, "+/////D")]
    [InlineData(int.MinValue, "hgggggE")]
    public void EncodesLikeTheSourceMapSpec(int value, string encoded)
    {
        Assert.Equal(encoded, Vlq.Encode(value));
        var position = 0;
        Assert.True(Vlq.TryDecode(encoded, ref position, out var decoded));
        Assert.Equal(value, decoded);
        Assert.Equal(encoded.Length, position);
    }

    [Fact]
    public void RoundTripsNegativeAndLargeValues()
    {
        var random = new Random(3);
        Span<char> buffer = stackalloc char[Vlq.MaxDigits];
        for (var i = 0; i < 100_000; i++)
        {
            var value = i < 2000 ? i - 1000 : random.Next(int.MinValue, int.MaxValue);
            var length = Vlq.Encode(value, buffer);
            var position = 0;
            Assert.True(Vlq.TryDecode(buffer[..length], ref position, out var decoded));
            Assert.Equal(value, decoded);
            Assert.Equal(length, position);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("g")] // continuation without an end
    [InlineData("!")]
    [InlineData("gggggggB")] // more than 32 bits
    public void RejectsIncompleteOrInvalidNumbers(string text)
    {
        var position = 0;
        Assert.False(Vlq.TryDecode(text, ref position, out _));
        Assert.Equal(0, position);
    }

    [Fact]
    public void ReaderDecodesRelativeFieldsAcrossSegmentsAndLines()
    {
        var mappings = MappingsReader.Decode("AAAA,EAAE,CAAC;;ACAAA,E");
        Assert.Equal(
            [
                new Mapping(1, 0, 0, 1, 0, -1),
                new Mapping(1, 2, 0, 1, 2, -1),
                new Mapping(1, 3, 0, 1, 3, -1),
                new Mapping(3, 0, 1, 1, 3, 0),
                new Mapping(3, 2, -1, -1, -1, -1),
            ],
            mappings);
    }

    [Fact]
    public void WriterOutputDecodesBackToTheSameMappings()
    {
        var random = new Random(5);
        using var writer = new MappingsWriter();
        var expected = new List<Mapping>();
        var line = 1;
        var column = 0;
        for (var i = 0; i < 5000; i++)
        {
            if (random.Next(4) == 0)
            {
                line += random.Next(1, 3);
                column = 0;
            }
            column += random.Next(1, 50);
            var mapping = new Mapping(line, column, random.Next(3), random.Next(1, 1000), random.Next(0, 200), random.Next(-1, 4));
            writer.Add(mapping.GeneratedLine, mapping.GeneratedColumn, mapping.SourceIndex, mapping.OriginalLine, mapping.OriginalColumn, mapping.NameIndex);
            expected.Add(mapping);
        }
        // The writer drops a mapping that repeats the active one; random columns make that rare but possible.
        var decoded = MappingsReader.Decode(writer.ToString());
        Assert.Subset(new HashSet<Mapping>(expected), new HashSet<Mapping>(decoded));
        Assert.True(decoded.Count > expected.Count * 0.99);
    }
}
