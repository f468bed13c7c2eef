// JsNumber against what node's String(x) gives for the same doubles.

using Xunit;

namespace Sharpack.JavaScript.Tests;

public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(42d, "42")]
    [InlineData(-7d, "-7")]
    [InlineData(3.25, "3.25")]
    [InlineData(1.5e10, "15000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(2e-7, "2e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(9007199254740993d, "9007199254740992")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Writes_numbers_as_javascripts_String_does(double value, string expected) =>
        Assert.Equal(expected, JsNumber.ToString(value));
}
