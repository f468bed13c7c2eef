// The error an exports or imports field raises for a malformed request, key or target; the
// plugin that asked turns it into a resolution error naming the description file.

namespace Sharpack.Resolver;

/// <summary>An invalid exports/imports lookup.</summary>
internal sealed class EntryPointsException(string message) : Exception(message);
