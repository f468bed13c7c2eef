// Follows webpack-sources lib/helpers/streamChunks.js (Options: columns, finalSource).

namespace Sharpack.Sources;

/// <summary>How <see cref="Source.StreamChunks"/> reports chunks.</summary>
/// <param name="LinesOnly">
/// Only line-level mappings are wanted (webpack's <c>columns: false</c>, the <c>cheap</c> devtools).
/// </param>
/// <param name="FinalSource">
/// The consumer only needs positions, not the chunk text (building a map): chunks are reported
/// empty and sources may skip work that only serves the text.
/// </param>
public readonly record struct StreamChunksOptions(bool LinesOnly = false, bool FinalSource = false);
