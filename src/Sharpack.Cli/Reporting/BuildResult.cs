// One finished build of `sharpack build`: its configuration's name (multi-compiler builds), the
// options it ran with, what the compiler reported, and the configuration's own warnings.

using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Cli.Reporting;

/// <summary>A build's outcome, as reported by the summary and <c>--json</c>.</summary>
public sealed record BuildResult(string? Name, SharpackOptions Options, BuildStats Stats, IReadOnlyList<string> ConfigurationWarnings)
{
    /// <summary>Errors of the compilation.</summary>
    public int ErrorCount => Stats.Errors.Count;

    /// <summary>Warnings of the compilation and of its configuration.</summary>
    public int WarningCount => Stats.Warnings.Count + ConfigurationWarnings.Count;
}
