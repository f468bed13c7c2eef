// The one-shot build's GC budget: an eighth of the available memory between 64 MiB and 4 GiB,
// or SHARPACK_GC_BUDGET_MB (0 turns the no-GC region off).

namespace Sharpack.Cli.Tests;

public class OneShotGcBudgetTests
{
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData(64L * 1024, 4096)]
    [InlineData(24L * 1024, 3072)]
    [InlineData(4L * 1024, 512)]
    [InlineData(1024, 128)]
    [InlineData(256, 64)]
    public void DefaultBudgetIsAnEighthOfAvailableMemoryClamped(long availableMiB, long expectedMiB) =>
        Assert.Equal(expectedMiB * MiB, OneShotGcBudget.Budget(null, availableMiB * MiB));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("300", 300)]
    [InlineData("-5", 0)]
    public void EnvironmentSettingWins(string setting, long expectedMiB) =>
        Assert.Equal(expectedMiB * MiB, OneShotGcBudget.Budget(setting, 24L * 1024 * MiB));

    [Fact]
    public void NonNumericSettingFallsBackToTheDefault() =>
        Assert.Equal(512 * MiB, OneShotGcBudget.Budget("lots", 4L * 1024 * MiB));
}
