// The watch snapshot: which paths a notification makes it look at, and the states it keeps.

using Sharpack.Core.Watch;
using Xunit;

namespace Sharpack.Core.Tests.Watch;

public sealed class WatchSnapshotTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_named_entry_is_looked_at_alone_and_a_folder_event_looks_at_all_its_paths()
    {
        var a = Write("a.js", "a");
        var b = Write("b.js", "b");
        var snapshot = WatchSnapshot.Capture([a, b], [], [], new Sharpack.Core.Options.WatchOptions());
        Write("a.js", "a changed");
        Write("b.js", "b changed too");

        var changed = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        snapshot.CollectChanges([], [a], changed, removed);
        Assert.Equal([a], changed);

        changed.Clear();
        snapshot.CollectChanges([_root], null, changed, removed);
        Assert.Equal([a, b], changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_path_watched_through_an_existing_folder_is_seen_when_its_folder_appears()
    {
        var missing = Path.Combine(_root, "later", "c.js");
        var snapshot = WatchSnapshot.Capture([], [], [missing], new Sharpack.Core.Options.WatchOptions());
        Directory.CreateDirectory(Path.Combine(_root, "later"));
        Write(Path.Combine("later", "c.js"), "c");

        var changed = new HashSet<string>(StringComparer.Ordinal);
        snapshot.CollectChanges([], [Path.Combine(_root, "later")], changed, []);
        Assert.Contains(missing, changed);
    }

    [Fact]
    public void A_path_no_build_read_since_keeps_the_last_snapshots_state_unless_it_changed()
    {
        var a = Write("a.js", "a");
        var first = WatchSnapshot.Capture([a], [], [], new Sharpack.Core.Options.WatchOptions());
        // Written after the first snapshot and not read by the next build: the change stays visible.
        Write("a.js", "a, longer now");
        var second = WatchSnapshot.Capture([a], [], [], new Sharpack.Core.Options.WatchOptions(), readStates: null, previous: first, changedSince: new HashSet<string>());
        var changed = new HashSet<string>(StringComparer.Ordinal);
        second.CollectChanges([], [a], changed, []);
        Assert.Equal([a], changed);

        // Named as changed since: looked at again, so the next snapshot has its new state.
        var third = WatchSnapshot.Capture([a], [], [], new Sharpack.Core.Options.WatchOptions(), readStates: null, previous: second, changedSince: new HashSet<string> { a });
        changed.Clear();
        third.CollectChanges([], [a], changed, []);
        Assert.Empty(changed);
    }
}
