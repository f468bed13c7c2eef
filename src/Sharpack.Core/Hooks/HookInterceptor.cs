// tapable's interceptors: observers of a hook for profiling and progress. `Register` may change a
// tap as it is added (and is applied to taps added before it); the others are told of each call,
// each tap about to run, each loop restart, the result, an error and the end.

namespace Sharpack.Core.Hooks;

/// <summary>Observes (and may adjust the registration of) a hook's taps.</summary>
public sealed class HookInterceptor
{
    /// <summary>Called for each tap as it is registered; returns the options to register it with.</summary>
    public Func<TapOptions, TapOptions>? Register { get; init; }

    /// <summary>Called once per call of the hook, with its arguments.</summary>
    public Action<object?[]>? Call { get; init; }

    /// <summary>Called before each tap runs.</summary>
    public Action<TapOptions>? Tap { get; init; }

    /// <summary>Called when a loop hook starts over.</summary>
    public Action? Loop { get; init; }

    /// <summary>Called with the result of a bail or waterfall hook.</summary>
    public Action<object?>? Result { get; init; }

    /// <summary>Called when a tap throws.</summary>
    public Action<Exception>? Error { get; init; }

    /// <summary>Called when a call completes without a result or error.</summary>
    public Action? Done { get; init; }
}
