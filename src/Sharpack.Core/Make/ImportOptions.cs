// The options of a loader's this.importModule(request, options) that reach the code: the
// entry options of webpack's "build time" entrypoint.

namespace Sharpack.Core.Make;

/// <summary>Options of <c>this.importModule</c>.</summary>
/// <param name="PublicPath">The build-time entry's <c>publicPath</c> (<c>__webpack_require__.p</c>), or null for <c>output.publicPath</c>.</param>
/// <param name="BaseUri">The build-time entry's <c>baseUri</c> (<c>__webpack_require__.b</c>), or null.</param>
public sealed record ImportOptions(string? PublicPath, string? BaseUri);
