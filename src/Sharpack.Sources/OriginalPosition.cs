// The answer of SourceMap.OriginalPositionFor, shaped like webpack-sources'
// helpers/sourceMap.js originalPositionFor result.

namespace Sharpack.Sources;

/// <summary>Where a generated position came from.</summary>
/// <param name="Source">The original source, joined with the map's <see cref="SourceMap.SourceRoot"/>.</param>
/// <param name="Line">1-based original line.</param>
/// <param name="Column">0-based original column.</param>
/// <param name="Name">The name the mapping carries, if any.</param>
public readonly record struct OriginalPosition(string? Source, int Line, int Column, string? Name);
