// Runs indexed work items on one thread per core, each with a large stack.

namespace Sharpack.Cli;

/// <summary>Parallel loop over indexes on dedicated big-stack threads.</summary>
public static class ParallelRunner
{
    private const int StackSize = 64 * 1024 * 1024;

    /// <summary>Calls <paramref name="body"/> for every index in [0, count), spread over all cores.</summary>
    public static void Run(int count, Action<int> body)
    {
        var workers = Math.Min(Environment.ProcessorCount, count);
        if (workers <= 1)
        {
            var thread = new Thread(() => { for (var i = 0; i < count; i++) body(i); }, StackSize);
            thread.Start();
            thread.Join();
            return;
        }
        var next = -1;
        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            threads[w] = new Thread(() =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < count)
                    body(index);
            }, StackSize);
            threads[w].Start();
        }
        foreach (var thread in threads)
            thread.Join();
    }
}
