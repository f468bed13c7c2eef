// Folder listings and identities, which context modules walk with: the in-memory tree lists an
// entry's kind with links followed, and gives one identity to every path that leads to one folder;
// the disk agrees on a small real tree.

namespace Sharpack.Resolver.Tests.Fixtures;

public sealed class FileSystemListingTests
{
    [Fact]
    public void InMemoryListingHasKindsWithLinksFollowed()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/p/a.js", "a")
            .AddFile("/p/sub/b.js", "b")
            .AddSymlink("/p/up", "..")
            .AddSymlink("/p/dangling", "nowhere")
            .AddSymlink("/p/file-link", "a.js");
        Assert.Equal(
            [
                new DirectoryEntry("a.js", FileKind.File, false),
                new DirectoryEntry("dangling", FileKind.File, true),
                new DirectoryEntry("file-link", FileKind.File, true),
                new DirectoryEntry("sub", FileKind.Directory, false),
                new DirectoryEntry("up", FileKind.Directory, true),
            ],
            fs.ReadDirectory("/p"));
        Assert.Equal([new DirectoryEntry("b.js", FileKind.File, false)], fs.ReadDirectory("/p/up/p/sub"));
        Assert.Equal([new DirectoryEntry("p", FileKind.Directory, false)], fs.ReadDirectory("/"));
        Assert.Throws<DirectoryNotFoundException>(() => fs.ReadDirectory("/missing"));
        Assert.Throws<IOException>(() => fs.ReadDirectory("/p/a.js"));
        fs.Remove("/p/dangling");
        Assert.DoesNotContain(fs.ReadDirectory("/p"), e => e.Name == "dangling");
    }

    [Fact]
    public void InMemoryIdentityFollowsLinks()
    {
        var fs = new InMemoryFileSystem().AddFile("/p/sub/b.js", "b").AddSymlink("/p/sub/up", "..");
        Assert.True(fs.TryGetIdentity("/p", out var p));
        Assert.True(fs.TryGetIdentity("/p/sub/up", out var up));
        Assert.True(fs.TryGetIdentity("/p/sub", out var sub));
        Assert.Equal(p, up);
        Assert.NotEqual(p, sub);
        Assert.False(fs.TryGetIdentity("/p/none", out _));
    }

    [Fact]
    public void PhysicalListingMatchesTheDisk()
    {
        var root = Directory.CreateTempSubdirectory("sharpack-listing-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "sub"));
            File.WriteAllText(Path.Combine(root, ".hidden.js"), "");
            File.CreateSymbolicLink(Path.Combine(root, "up"), "..");
            File.CreateSymbolicLink(Path.Combine(root, "dangling"), "nowhere");
            var entries = PhysicalFileSystem.Instance.ReadDirectory(root).OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
            Assert.Equal(
                [
                    new DirectoryEntry(".hidden.js", FileKind.File, false),
                    new DirectoryEntry("dangling", FileKind.File, true),
                    new DirectoryEntry("sub", FileKind.Directory, false),
                    new DirectoryEntry("up", FileKind.Directory, true),
                ],
                entries);
            Assert.Throws<DirectoryNotFoundException>(() => PhysicalFileSystem.Instance.ReadDirectory(Path.Combine(root, "missing")));
            if (OperatingSystem.IsLinux())
            {
                Assert.True(PhysicalFileSystem.Instance.TryGetIdentity(Path.Combine(root, "sub", ".."), out var viaParent));
                Assert.True(PhysicalFileSystem.Instance.TryGetIdentity(root, out var direct));
                Assert.Equal(direct, viaParent);
            }
        }
        finally
        {
            File.Delete(Path.Combine(root, "up"));
            File.Delete(Path.Combine(root, "dangling"));
            Directory.Delete(root, recursive: true);
        }
    }
}
