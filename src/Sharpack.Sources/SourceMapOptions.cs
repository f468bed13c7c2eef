// Follows webpack-sources lib/Source.js (MapOptions).

namespace Sharpack.Sources;

/// <summary>Options for <see cref="Source.GetMap"/>.</summary>
public sealed class SourceMapOptions
{
    /// <summary>Full maps: a mapping per token (webpack's default, <c>columns: true</c>).</summary>
    public static SourceMapOptions Default { get; } = new();

    /// <summary>Line-level maps only (<c>columns: false</c>, webpack's <c>cheap</c> devtools).</summary>
    public static SourceMapOptions LinesOnly { get; } = new() { Columns = false };

    /// <summary>Whether mappings carry columns; when false there is at most one mapping per generated line, at column 0.</summary>
    public bool Columns { get; init; } = true;

    internal StreamChunksOptions ToStreamOptions(bool finalSource) => new(!Columns, finalSource);
}
