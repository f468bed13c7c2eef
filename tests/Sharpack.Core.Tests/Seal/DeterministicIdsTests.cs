// webpack's numberHash (FNV-1a, 32-bit below a range of 2^24, 64-bit above) and the ids
// assignDeterministicIds derives from it; the expected numbers come from webpack 5.112.2's
// lib/ids/numberHash.js.

using Sharpack.Core.Seal;

namespace Sharpack.Core.Tests.Seal;

public sealed class DeterministicIdsTests
{
    [Theory]
    [InlineData("hello", 1000, 723)]
    [InlineData("hello world", 1000, 159)]
    [InlineData("./src/a.js0", 1000, 967)]
    [InlineData("./src/a.js0", 1 << 25, 4435199)]
    public void NumberHashEqualsWebpacks(string text, long range, long expected) =>
        Assert.Equal(expected, DeterministicIds.NumberHash(text, range));

    [Fact]
    public void IdsAreTheHashOfTheNameWithACounterAndMoveOnOnACollision()
    {
        var names = new List<string> { "./src/a.js", "./src/a.js" };
        var ids = new List<string>();
        DeterministicIds.Assign(names, static n => n, (_, id) => ids.Add(id));
        // The first gets hash("./src/a.js0"), the second collides and takes hash("./src/a.js1").
        Assert.Equal("967", ids[0]);
        Assert.Equal(DeterministicIds.NumberHash("./src/a.js1", 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), ids[1]);
    }

    // Values from webpack 5.112.2's numberHash; past 2^53 the remainder is a JavaScript number,
    // written with its shortest digits and zeros (maxLength: 100 gives such ids).
    [Theory]
    [InlineData("./src/a.js", 1e100, "13729580369651675000")]
    [InlineData("hello", 1e100, "12230856076087495000")]
    [InlineData("./src/a.js", 1e20, "13729580369651675000")]
    [InlineData("./src/a.js", 1e4, "9967")]
    public void IdsInAnyRangeAreWrittenAsJavaScriptWritesTheNumber(string name, double range, string expected)
    {
        string? assigned = null;
        DeterministicIds.Assign([name], static n => n, (_, id) => { assigned = id; return true; }, [range], 10, 0, 0);
        Assert.Equal(expected, assigned);
    }

    [Fact]
    public void RangesGrowUntilAtMostFivePercentIsUsedUnlessFixed()
    {
        var names = Enumerable.Range(0, 60).Select(i => "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var growing = new List<string>();
        DeterministicIds.Assign(names, static n => n, (_, id) => { growing.Add(id); return true; }, [1000], 10, 0, 0);
        Assert.Contains(growing, id => id.Length == 4);
        Assert.All(growing, id => Assert.True(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) < 10000));
        var fixedIds = new List<string>();
        DeterministicIds.Assign(names, static n => n, (_, id) => { fixedIds.Add(id); return true; }, [1000], 0, 0, 0);
        Assert.All(fixedIds, id => Assert.True(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) < 1000));
        // The salt starts the counter elsewhere.
        string? salted = null;
        DeterministicIds.Assign(["./src/a.js"], static n => n, (_, id) => { salted = id; return true; }, [1000], 10, 0, 1);
        Assert.Equal(DeterministicIds.NumberHash("./src/a.js1", 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), salted);
    }
}
