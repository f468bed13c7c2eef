// One request StaticServer answered: the URL path and the status sent.

namespace Sharpack.Plugins.Tests.Browser;

/// <summary>A request the static server answered.</summary>
/// <param name="Path">The URL path, e.g. <c>/bundle.js</c>.</param>
/// <param name="Status">The HTTP status sent.</param>
public sealed record ServedRequest(string Path, int Status);
