// One decoded segment of a source map's "mappings", in absolute terms.

namespace Sharpack.Sources;

/// <summary>A decoded mapping: a generated position and, unless <see cref="SourceIndex"/> is -1, the original position it maps to.</summary>
/// <param name="GeneratedLine">1-based generated line.</param>
/// <param name="GeneratedColumn">0-based generated column (UTF-16 units).</param>
/// <param name="SourceIndex">Index into <see cref="SourceMap.Sources"/>, or -1 for a generated-only segment.</param>
/// <param name="OriginalLine">1-based original line, or -1.</param>
/// <param name="OriginalColumn">0-based original column, or -1.</param>
/// <param name="NameIndex">Index into <see cref="SourceMap.Names"/>, or -1.</param>
public readonly record struct Mapping(int GeneratedLine, int GeneratedColumn, int SourceIndex, int OriginalLine, int OriginalColumn, int NameIndex);
