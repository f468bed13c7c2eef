// What StaticServer serves for one page run: files from a folder, files held in memory (which
// win over the folder; only these may be cached by the browser, when they never change during
// the run), paths to fail with 404 a given number of times, and the log of every request
// answered.

using Microsoft.AspNetCore.Http;

namespace Sharpack.Plugins.Tests.Browser;

internal sealed class ServedSite
{
    private readonly string _root;
    private readonly Dictionary<string, (byte[] Content, bool Cacheable)> _memory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _failuresLeft = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failedPaths = new(StringComparer.Ordinal);
    private readonly List<ServedRequest> _requests = [];
    private readonly Lock _lock = new();

    /// <param name="root">The folder served at <c>/</c>.</param>
    public ServedSite(string root) => _root = Path.GetFullPath(root);

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<ServedRequest> Requests
    {
        get
        {
            lock (_lock)
                return [.. _requests];
        }
    }

    /// <summary>The paths deliberately answered with 404 (see <see cref="FailFirst"/>).</summary>
    public IReadOnlySet<string> FailedPaths => _failedPaths;

    /// <summary>Serves <paramref name="content"/> at <paramref name="path"/> (absolute, e.g. <c>/__harness__/page.html</c>).</summary>
    /// <param name="path">The URL path.</param>
    /// <param name="content">The bytes sent.</param>
    /// <param name="cacheable">Whether the browser may cache it (the same content at this path for the whole test run).</param>
    public ServedSite With(string path, byte[] content, bool cacheable = false)
    {
        _memory[path] = (content, cacheable);
        return this;
    }

    /// <summary>Answers 404 to the first <paramref name="times"/> requests for <paramref name="path"/>.</summary>
    public ServedSite FailFirst(string path, int times)
    {
        _failuresLeft[path] = times;
        _failedPaths.Add(path);
        return this;
    }

    /// <summary>The status for <paramref name="path"/>, with the content or the file to send when it is 200, and whether the browser may cache it.</summary>
    public (int Status, byte[]? Content, string? File, bool Cacheable) Find(string path)
    {
        lock (_lock)
        {
            if (_failuresLeft.TryGetValue(path, out var left) && left > 0)
            {
                _failuresLeft[path] = left - 1;
                return (StatusCodes.Status404NotFound, null, null, false);
            }
        }
        if (_memory.TryGetValue(path, out var memory))
            return (StatusCodes.Status200OK, memory.Content, null, memory.Cacheable);
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(_root, relative));
        // Never serve outside the root (a request with ../ segments or an absolute path).
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
            return (StatusCodes.Status404NotFound, null, null, false);
        return (StatusCodes.Status200OK, null, file, false);
    }

    public void Record(string path, int status)
    {
        lock (_lock)
            _requests.Add(new ServedRequest(path, status));
    }
}
