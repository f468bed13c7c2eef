// The compiler runs its steps on the calling thread; an async hook's taps may still await. A call
// that completed (every untapped hook, and synchronous taps) costs nothing; one that did not is
// waited for, which is safe here because Sharpack installs no synchronization context.

namespace Sharpack.Core.Hooks;

/// <summary>Waits for async hook calls from synchronous code.</summary>
public static class HookTasks
{
    /// <summary>Waits for <paramref name="task"/> and rethrows its exception.</summary>
    public static void Wait(this ValueTask task)
    {
        if (task.IsCompletedSuccessfully)
            return;
        task.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Waits for <paramref name="task"/> and returns its result.</summary>
    public static T Wait<T>(this ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
