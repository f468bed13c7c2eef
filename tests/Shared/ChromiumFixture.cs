// An xunit fixture (IClassFixture<ChromiumFixture> or a collection fixture) holding one
// ChromiumSession for the tests that share it: Chromium starts on first use, not for a run whose
// filter selects none of them, and quits when the fixture is disposed.

namespace Sharpack.Tests;

/// <summary>One headless Chromium shared by the tests of a class or collection.</summary>
public sealed class ChromiumFixture : IDisposable
{
    private readonly Lazy<ChromiumSession> _session = new(() => new ChromiumSession());

    /// <summary>The session, started on first use.</summary>
    internal ChromiumSession Session => _session.Value;

    /// <summary>Quits Chromium if it was started.</summary>
    public void Dispose()
    {
        if (_session.IsValueCreated)
            _session.Value.Dispose();
    }
}
