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
        foreach (var field in typeof(RuntimeGlobals).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (field.FieldType != typeof(RuntimeGlobals))
                continue;
            var global = (RuntimeGlobals)field.GetValue(null)!;
            if (global == RuntimeGlobals.None)
                continue;
            Assert.Equal(1, global.Count);
            var name = RuntimeGlobalNames.Of(global);
            Assert.True(names.Add(name), $"{global}: {name} is used twice");
            Assert.True(RuntimeGlobalNames.TryGet(name, out var back));
            Assert.Equal(global, back);
        }
        Assert.Equal(RuntimeGlobalNames.Count, names.Count);
    }

    public static TheoryData<string, string> WebpackNames => new()
    {
        { nameof(RuntimeGlobals.Require), "__webpack_require__" },
        { nameof(RuntimeGlobals.Module), "module" },
        { nameof(RuntimeGlobals.Exports), "__webpack_exports__" },
        { nameof(RuntimeGlobals.PublicPath), "__webpack_require__.p" },
        { nameof(RuntimeGlobals.ThisAsExports), "top-level-this-exports" },
        { nameof(RuntimeGlobals.ChunkCallback), "webpackChunk" },
        { nameof(RuntimeGlobals.ChunkName), "__webpack_require__.cn" },
        { nameof(RuntimeGlobals.ModuleFactoriesAddOnly), "__webpack_require__.m (add only)" },
    };

    [Theory]
    [MemberData(nameof(WebpackNames))]
    public void Names_are_webpacks(string field, string name)
    {
        var global = (RuntimeGlobals)typeof(RuntimeGlobals).GetField(field)!.GetValue(null)!;
        Assert.Equal(name, RuntimeGlobalNames.Of(global));
    }

    [Fact]
    public void Sets_beyond_64_globals_keep_each_bit()
    {
        var high = RuntimeGlobals.Bit(100);
        var set = RuntimeGlobals.Require | high;
        Assert.True(set.HasAny(high));
        Assert.True(set.HasAll(RuntimeGlobals.Require | high));
        Assert.False(set.HasAny(RuntimeGlobals.Bit(36)));
        Assert.Equal(2, set.Count);
        Assert.Equal(0, set.LowestBit);
        Assert.Equal(100, (set & ~RuntimeGlobals.Require).LowestBit);
        Assert.Equal(-1, RuntimeGlobals.None.LowestBit);
        Assert.Throws<ArgumentOutOfRangeException>(() => RuntimeGlobals.Bit(128));
    }

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
