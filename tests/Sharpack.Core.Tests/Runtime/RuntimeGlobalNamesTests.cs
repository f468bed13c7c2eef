// The runtimeRequirementIn* hook maps are keyed by webpack's names (lib/RuntimeGlobals.js): every
// RuntimeGlobals bit has one, distinct from the others, and each name maps back to its bit.

using Sharpack.Core.Runtime;

namespace Sharpack.Core.Tests.Runtime;

public class RuntimeGlobalNamesTests
{
    [Fact]
    public void Every_global_has_a_distinct_name_that_maps_back_to_it()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var global in Enum.GetValues<RuntimeGlobals>())
        {
            if (global == RuntimeGlobals.None)
                continue;
            var name = RuntimeGlobalNames.Of(global);
            Assert.True(names.Add(name), $"{global}: {name} is used twice");
            Assert.True(RuntimeGlobalNames.TryGet(name, out var back));
            Assert.Equal(global, back);
        }
        Assert.Equal(RuntimeGlobalNames.Count, names.Count);
    }

    [Theory]
    [InlineData(RuntimeGlobals.Require, "__webpack_require__")]
    [InlineData(RuntimeGlobals.Module, "module")]
    [InlineData(RuntimeGlobals.Exports, "__webpack_exports__")]
    [InlineData(RuntimeGlobals.PublicPath, "__webpack_require__.p")]
    [InlineData(RuntimeGlobals.ThisAsExports, "top-level-this-exports")]
    [InlineData(RuntimeGlobals.ChunkCallback, "webpackChunk")]
    [InlineData(RuntimeGlobals.ChunkName, "__webpack_require__.cn")]
    public void Names_are_webpacks(RuntimeGlobals global, string name) => Assert.Equal(name, RuntimeGlobalNames.Of(global));

    [Fact]
    public void Only_single_known_bits_have_a_name()
    {
        Assert.Throws<ArgumentException>(() => RuntimeGlobalNames.Of(RuntimeGlobals.None));
        Assert.Throws<ArgumentException>(() => RuntimeGlobalNames.Of(RuntimeGlobals.Module | RuntimeGlobals.Exports));
        Assert.False(RuntimeGlobalNames.TryGet("__webpack_require__.zz", out _));
        var set = new RuntimeRequirementSet { Value = RuntimeGlobals.PublicPath };
        Assert.True(set.Has("__webpack_require__.p"));
        Assert.False(set.Has("__webpack_require__.e"));
    }
}
