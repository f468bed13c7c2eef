// Follows webpack-sources lib/ReplaceSource.js (class Replacement): one edit of a ReplaceSource.

namespace Sharpack.Sources;

/// <summary>
/// One edit: the original text from <see cref="Start"/> through <see cref="End"/> (inclusive,
/// UTF-16 offsets) becomes <see cref="Content"/>. An insertion at p is stored as Start = p, End = p - 1.
/// </summary>
/// <param name="Start">First replaced offset.</param>
/// <param name="End">Last replaced offset (inclusive); less than <paramref name="Start"/> for an insertion.</param>
/// <param name="Content">The new text.</param>
/// <param name="Name">An optional original name for the map (identifier renames).</param>
public readonly record struct Replacement(int Start, int End, string Content, string? Name);
