// node's standard error while a configuration loads and after: collected until loading ends (it is
// the error message when loading fails), then passed on as it comes (what the configuration's
// functions print during the build).

namespace Sharpack.Cli.Config;

internal sealed class StderrForwarder
{
    private readonly Lock _lock = new();
    private readonly System.Text.StringBuilder _collected = new();
    private readonly Task _pump;
    private TextWriter? _target;

    public StderrForwarder(StreamReader stderr) => _pump = Task.Run(() => Pump(stderr));

    /// <summary>Waits for the end of the stream (node exited) and returns everything it wrote.</summary>
    public string Finish()
    {
        _pump.Wait();
        lock (_lock)
            return _collected.ToString();
    }

    /// <summary>Writes what was collected to <paramref name="target"/>, and from now on everything as it comes.</summary>
    public void ForwardTo(TextWriter target)
    {
        lock (_lock)
        {
            target.Write(_collected.ToString());
            target.Flush();
            _collected.Clear();
            _target = target;
        }
    }

    private async Task Pump(StreamReader stderr)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await stderr.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (_lock)
            {
                if (_target is { } target)
                {
                    target.Write(buffer, 0, read);
                    target.Flush();
                }
                else
                {
                    _collected.Append(buffer, 0, read);
                }
            }
        }
    }
}
