// webpack's numberHash (FNV-1a, 32-bit below a range of 2^24, 64-bit above) and the ids
// assignDeterministicIds derives from it; the expected numbers come from webpack 5.112.2's
// lib/ids/numberHash.js.

using Sharpack.Plugins.Ids;
using Xunit;

namespace Sharpack.Plugins.Tests.Ids;

public sealed class IdHelpersTests
{
    [Theory]
    [InlineData("hello", 1000, 723)]
    [InlineData("hello world", 1000, 159)]
    [InlineData("./src/a.js0", 1000, 967)]
    [InlineData("./src/a.js0", 1 << 25, 4435199)]
    public void NumberHashEqualsWebpacks(string text, long range, long expected) =>
        Assert.Equal(expected, IdHelpers.NumberHash(text, range));

    [Fact]
    public void IdsAreTheHashOfTheNameWithACounterAndMoveOnOnACollision()
    {
        var names = new List<string> { "./src/a.js", "./src/a.js" };
        var ids = new List<string>();
        IdHelpers.AssignDeterministicIds(names, static n => n, (_, id) => ids.Add(id), []);
        // The first gets hash("./src/a.js0"), the second collides and takes hash("./src/a.js1").
        Assert.Equal("967", ids[0]);
        Assert.Equal(IdHelpers.NumberHash("./src/a.js1", 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), ids[1]);
    }

    [Fact]
    public void Ids_already_taken_are_avoided()
    {
        var names = new List<string> { "./src/a.js" };
        var ids = new List<string>();
        IdHelpers.AssignDeterministicIds(names, static n => n, (_, id) => ids.Add(id), ["967"]);
        Assert.NotEqual("967", ids[0]);
        var ascending = new List<string>();
        IdHelpers.AssignAscendingIds(["x", "y", "z"], (_, id) => ascending.Add(id), ["1"]);
        Assert.Equal(["0", "2", "3"], ascending);
    }
}
