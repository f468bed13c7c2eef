// ExportsInfo and ExportInfo as webpack's lib/ExportsInfo.js: usage per runtime, provision, the
// "other exports" entry new exports start from, used names and nested exports.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Xunit;

namespace Sharpack.Core.Tests.ModuleGraph;

public sealed class ExportsInfoTests
{
    [Fact]
    public void Usage_is_kept_per_runtime_and_answered_for_sets_and_for_any_runtime()
    {
        var info = new ExportsInfo();
        info.SetHasUseInfo();
        var a = info.GetExportInfo("a");
        Assert.Equal(UsageState.Unused, a.GetUsed(RuntimeSpec.Of("main")));
        Assert.True(a.SetUsed(UsageState.Used, RuntimeSpec.Of("main")));
        Assert.False(a.SetUsed(UsageState.Used, RuntimeSpec.Of("main")));
        Assert.True(a.SetUsedConditionally(s => s == UsageState.Unused, UsageState.OnlyPropertiesUsed, RuntimeSpec.Of(["main", "other"])));
        Assert.Equal(UsageState.Used, a.GetUsed(RuntimeSpec.Of("main")));
        Assert.Equal(UsageState.OnlyPropertiesUsed, a.GetUsed(RuntimeSpec.Of("other")));
        Assert.Equal(UsageState.Used, a.GetUsed(null));
        Assert.Equal(UsageState.Unused, a.GetUsed(RuntimeSpec.Of("third")));
        Assert.Equal("a", a.GetUsedName(null, RuntimeSpec.Of("other")));
        Assert.Null(a.GetUsedName(null, RuntimeSpec.Of("third")));
        Assert.Equal("used in main; only properties used in other", a.GetUsedInfo());
    }

    [Fact]
    public void Without_use_info_everything_counts_as_no_info_and_keeps_its_name()
    {
        var info = new ExportsInfo();
        Assert.Equal(UsageState.NoInfo, info.GetUsed("x", null));
        Assert.Equal("x", info.GetUsedName("x", RuntimeSpec.Of("main")));
        Assert.Equal(UsedExportsKind.NoInfo, info.GetUsedExports(null).Kind);
        Assert.Null(info.GetProvidedExports(out _));
    }

    [Fact]
    public void Provision_starts_not_provided_and_unknown_exports_cover_every_name_but_the_excluded()
    {
        var info = new ExportsInfo();
        info.SetHasProvideInfo();
        info.GetExportInfo("a").Provided = ProvidedState.Provided;
        Assert.Equal(["a"], info.GetProvidedExports(out var unknown)!);
        Assert.False(unknown);
        Assert.Equal(false, info.IsExportProvided("b"));
        Assert.True(info.SetUnknownExportsProvided(excludeExports: new HashSet<string> { "default" }));
        Assert.Null(info.IsExportProvided("b"));
        Assert.Equal(false, info.IsExportProvided("default"));
        Assert.Equal(true, info.IsExportProvided("a"));
        info.GetProvidedExports(out unknown);
        Assert.True(unknown);
        // New names start from the "other exports" entry.
        Assert.Equal(ProvidedState.Unknown, info.GetExportInfo("late").Provided);
        Assert.False(info.GetExportInfo("late").CanMangleProvide);
    }

    [Fact]
    public void Used_names_follow_renames_and_nested_exports()
    {
        var info = new ExportsInfo();
        info.SetHasProvideInfo();
        info.SetHasUseInfo();
        var ns = info.GetExportInfo("ns");
        var nested = ns.CreateNestedExportsInfo();
        nested.SetHasUseInfo();
        ns.SetUsed(UsageState.OnlyPropertiesUsed, null);
        var inner = nested.GetExportInfo("inner");
        inner.SetUsed(UsageState.Used, null);
        inner.SetUsedName("i");
        ns.SetUsedName("n");
        Assert.Equal(["n", "i"], info.GetUsedName(["ns", "inner"], null));
        Assert.Equal(UsageState.Used, info.GetUsed(["ns", "inner"], null));
        Assert.Null(info.GetUsedName(["ns", "other"], null));
        Assert.Equal(["ns"], info.GetUsedExports(null).Names);
        info.SetUsedInUnknownWay(RuntimeSpec.Of("x"));
        Assert.False(info.GetExportInfo("ns").CanMangle);
    }

    [Fact]
    public void Redirected_exports_infos_answer_names_they_do_not_list()
    {
        var target = new ExportsInfo();
        target.SetHasProvideInfo();
        target.GetExportInfo("t").Provided = ProvidedState.Provided;
        var info = new ExportsInfo();
        info.SetHasProvideInfo();
        info.GetExportInfo("own").Provided = ProvidedState.Provided;
        Assert.True(info.SetRedirectNamedTo(target));
        Assert.False(info.SetRedirectNamedTo(target));
        Assert.Equal(["own", "t"], info.GetProvidedExports(out _)!);
        Assert.Same(target.GetReadOnlyExportInfo("t"), info.GetReadOnlyExportInfo("t"));
        Assert.Equal(["own", "t"], info.OrderedExports.Select(e => e.Name));
    }
}
