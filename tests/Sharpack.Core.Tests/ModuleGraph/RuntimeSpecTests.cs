// Runtimes as webpack's util/runtime.js: interned sets, merged, intersected and subtracted.

using Sharpack.Core.Runtime;
using Xunit;

namespace Sharpack.Core.Tests.ModuleGraph;

public sealed class RuntimeSpecTests
{
    [Fact]
    public void Equal_runtimes_are_the_same_object_whatever_the_order()
    {
        Assert.Same(RuntimeSpec.Of(["b", "a", "b"]), RuntimeSpec.Of(["a", "b"]));
        Assert.Same(RuntimeSpec.Of("a"), RuntimeSpec.Of(["a"]));
        Assert.Null(RuntimeSpec.Of(Array.Empty<string>()));
        Assert.Equal("a,b", RuntimeSpec.Of(["b", "a"])!.ToString());
        Assert.Equal("a\nb", RuntimeSpec.Of(["b", "a"])!.Key);
    }

    [Fact]
    public void Merge_intersect_and_subtract_treat_null_as_webpack_does()
    {
        var a = RuntimeSpec.Of("a");
        var b = RuntimeSpec.Of("b");
        var ab = RuntimeSpec.Merge(a, b);
        Assert.Same(RuntimeSpec.Of(["a", "b"]), ab);
        Assert.Same(ab, RuntimeSpec.Merge(ab, a));
        Assert.Same(a, RuntimeSpec.Merge(null, a));
        Assert.Same(a, RuntimeSpec.Intersect(ab, a));
        Assert.Null(RuntimeSpec.Intersect(a, b));
        Assert.Same(a, RuntimeSpec.Intersect(null, a));
        Assert.Same(b, RuntimeSpec.Subtract(ab, a));
        Assert.Null(RuntimeSpec.Subtract(a, ab));
        Assert.Same(a, RuntimeSpec.Subtract(a, null));
        Assert.True(ab!.Contains("b"));
        Assert.False(ab.Contains("c"));
    }
}
