// A tap's registration, as tapable takes it: a name, a stage (lower runs first; equal stages run
// in registration order) and the names of taps it must run before.

namespace Sharpack.Core.Hooks;

/// <summary>How a tap is registered on a hook. A string converts to a tap of that name at stage 0.</summary>
public sealed record TapOptions(string Name)
{
    /// <summary>Lower stages run first; taps of one stage run in the order they were registered.</summary>
    public int Stage { get; init; }

    /// <summary>Names of taps this one runs before (tapable's <c>before</c>), or null.</summary>
    public IReadOnlyList<string>? Before { get; init; }

    /// <summary>Whether the tap's function is synchronous or returns a task (set by the hook).</summary>
    public TapType Type { get; init; }

    /// <summary>A tap named <paramref name="name"/> at stage 0.</summary>
    public static implicit operator TapOptions(string name) => new(name);
}

/// <summary>How a tap's function runs.</summary>
public enum TapType
{
    /// <summary>It returns when done (<c>tap</c>).</summary>
    Sync,

    /// <summary>It returns a task (<c>tapAsync</c>/<c>tapPromise</c>).</summary>
    Async,
}
