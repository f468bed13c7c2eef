// One slot of ResolverCache's description-file cache: nothing there (both null), a parsed file,
// or the error of a file that is not valid JSON (which fails every resolution that reads it, as
// in enhanced-resolve).

namespace Sharpack.Resolver;

/// <summary>A cached description-file lookup.</summary>
internal readonly record struct DescriptionFileEntry(DescriptionFile? File, string? Error);
