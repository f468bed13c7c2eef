// Follows webpack lib/ModuleGraphConnection.js: a connection is active, inactive, or active only
// for what the target module itself connects to (its own code is not needed).

namespace Sharpack.Core.ModuleGraph;

/// <summary>Whether a <see cref="ModuleGraphConnection"/> counts in a runtime.</summary>
public enum ConnectionState : byte
{
    /// <summary>Not active: the target is not needed through this connection (webpack's <c>false</c>).</summary>
    Inactive,
    /// <summary>Active (webpack's <c>true</c>).</summary>
    Active,
    /// <summary>Only the target's own connections are active (webpack's TRANSITIVE_ONLY).</summary>
    TransitiveOnly,
    /// <summary>Reached again while being decided (webpack's CIRCULAR_CONNECTION).</summary>
    Circular,
}
