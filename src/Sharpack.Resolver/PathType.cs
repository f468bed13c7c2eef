// Follows enhanced-resolve lib/util/path.js (PathType): the kinds of request a resolver tells apart
// by their first characters.

namespace Sharpack.Resolver;

/// <summary>What the start of a request says it is.</summary>
internal enum PathType : byte
{
    Empty,
    Normal,
    Relative,
    AbsoluteWin,
    AbsolutePosix,
    Internal,
}
