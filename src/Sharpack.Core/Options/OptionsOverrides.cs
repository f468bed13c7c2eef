// Options given on the command line (webpack-cli's flags). They replace the configuration's
// values before validation, so a bad flag gets the same message as a bad configuration value.

namespace Sharpack.Core.Options;

/// <summary>Command-line values that override the configuration; null means "not given".</summary>
public sealed class OptionsOverrides
{
    /// <summary><c>--entry</c> (repeatable): replaces <c>entry</c> with <c>{ main: [...] }</c>.</summary>
    public IReadOnlyList<string>? Entries { get; init; }

    /// <summary><c>--context</c>: relative to the working directory.</summary>
    public string? Context { get; init; }

    /// <summary><c>--output-path</c>: relative to the working directory.</summary>
    public string? OutputPath { get; init; }

    /// <summary><c>--output-filename</c>.</summary>
    public string? OutputFilename { get; init; }

    /// <summary><c>--mode</c>.</summary>
    public string? Mode { get; init; }

    /// <summary><c>--target</c> (repeatable).</summary>
    public IReadOnlyList<string>? Target { get; init; }

    /// <summary><c>--devtool</c>; the text <c>false</c> turns source maps off.</summary>
    public string? Devtool { get; init; }

    /// <summary><c>--output-clean</c> (true) or <c>--no-output-clean</c> (false): replaces <c>output.clean</c>.</summary>
    public bool? OutputClean { get; init; }

    /// <summary><c>--optimization-minimize</c> (true) or <c>--no-optimization-minimize</c> (false): replaces <c>optimization.minimize</c>.</summary>
    public bool? Minimize { get; init; }
}
