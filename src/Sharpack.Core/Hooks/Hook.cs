// The part every hook shares, as tapable's Hook does it: taps kept in run order (by stage, then
// registration, with `before` moving a tap ahead of named ones), interceptors, and a copy-on-write
// array so a call reads the taps without a lock. The typed hooks (SyncHook, AsyncSeriesHook, …)
// add how the taps are called; a call on a hook without taps or interceptors returns at once.

namespace Sharpack.Core.Hooks;

/// <summary>A hook: named taps of functions of type <typeparamref name="TFn"/>, called in order.</summary>
public abstract class Hook<TFn>
    where TFn : Delegate
{
    private Entry[] _taps = [];
    private HookInterceptor[] _interceptors = [];

    /// <summary>A hook named <paramref name="name"/> (for messages and profiles).</summary>
    protected Hook(string? name) => Name = name;

    /// <summary>The hook's name, or null.</summary>
    public string? Name { get; }

    /// <summary>Whether any tap or interceptor is registered (tapable's <c>isUsed</c>).</summary>
    public bool IsUsed => _taps.Length > 0 || _interceptors.Length > 0;

    /// <summary>The registered taps, in the order they run.</summary>
    public IReadOnlyList<TapOptions> Taps => Array.ConvertAll(_taps, static entry => entry.Options);

    /// <summary>Adds an interceptor; its <see cref="HookInterceptor.Register"/> also sees the taps already added.</summary>
    public void Intercept(HookInterceptor interceptor)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        lock (this)
        {
            _interceptors = [.. _interceptors, interceptor];
            if (interceptor.Register is { } register)
            {
                var taps = (Entry[])_taps.Clone();
                for (var i = 0; i < taps.Length; i++)
                    taps[i] = taps[i] with { Options = register(taps[i].Options) };
                _taps = taps;
            }
        }
    }

    /// <summary>A tap and its function.</summary>
    protected readonly record struct Entry(TapOptions Options, TFn Fn);

    /// <summary>The taps in run order (a snapshot: taps added during a call run from the next call).</summary>
    protected Entry[] Entries => _taps;

    /// <summary>Whether interceptors must be told of calls.</summary>
    protected bool Intercepted => _interceptors.Length > 0;

    /// <summary>Registers <paramref name="fn"/> as <paramref name="options"/>, of <paramref name="type"/>.</summary>
    protected void Add(TapOptions options, TFn fn, TapType type)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fn);
        if (string.IsNullOrEmpty(options.Name))
            throw new ArgumentException("A tap needs a name.", nameof(options));
        options = options with { Type = type };
        lock (this)
        {
            foreach (var interceptor in _interceptors)
            {
                if (interceptor.Register is { } register)
                    options = register(options);
            }
            _taps = Insert(_taps, new Entry(options, fn));
        }
    }

    // tapable's _insert: from the end, move past taps of a higher stage, and past every tap named
    // in `before` (and anything after the first of them).
    private static Entry[] Insert(Entry[] taps, Entry item)
    {
        HashSet<string>? before = item.Options.Before is { Count: > 0 } names ? new HashSet<string>(names, StringComparer.Ordinal) : null;
        var stage = item.Options.Stage;
        var result = new Entry[taps.Length + 1];
        var i = taps.Length;
        while (i > 0)
        {
            i--;
            var tap = taps[i];
            result[i + 1] = tap;
            if (before is not null)
            {
                if (before.Remove(tap.Options.Name))
                    continue;
                if (before.Count > 0)
                    continue;
            }
            if (tap.Options.Stage > stage)
                continue;
            i++;
            break;
        }
        result[i] = item;
        Array.Copy(taps, 0, result, 0, i);
        return result;
    }

    /// <summary>Tells interceptors of a call.</summary>
    protected void InterceptCall(object?[] arguments)
    {
        foreach (var interceptor in _interceptors)
            interceptor.Call?.Invoke(arguments);
    }

    /// <summary>Tells interceptors a tap is about to run.</summary>
    protected void InterceptTap(TapOptions tap)
    {
        foreach (var interceptor in _interceptors)
            interceptor.Tap?.Invoke(tap);
    }

    /// <summary>Tells interceptors a loop starts over.</summary>
    protected void InterceptLoop()
    {
        foreach (var interceptor in _interceptors)
            interceptor.Loop?.Invoke();
    }

    /// <summary>Tells interceptors of a result.</summary>
    protected void InterceptResult(object? result)
    {
        foreach (var interceptor in _interceptors)
            interceptor.Result?.Invoke(result);
    }

    /// <summary>Tells interceptors of an error.</summary>
    protected void InterceptError(Exception error)
    {
        foreach (var interceptor in _interceptors)
            interceptor.Error?.Invoke(error);
    }

    /// <summary>Tells interceptors the call is done.</summary>
    protected void InterceptDone()
    {
        foreach (var interceptor in _interceptors)
            interceptor.Done?.Invoke();
    }
}
