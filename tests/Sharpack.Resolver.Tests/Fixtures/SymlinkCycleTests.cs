// Symlink cycles, made as real symlinks in a temp folder: each must end as an ordinary "Can't
// resolve" failure that lists the paths tried (the process used to die of a stack overflow in
// SymlinkPlugin, because .NET's File.Exists says true for a link whose stat fails with ELOOP).
// Loops through a link to a parent folder are legal and still resolve, as in node. The same
// cycles through InMemoryFileSystem, and a file system that reports a cycle as a file, which only
// the SymlinkPlugin's own bound can stop.

namespace Sharpack.Resolver.Tests.Fixtures;

public sealed class SymlinkCycleTests : IDisposable
{
    private static readonly ResolveOptions s_esm = ResolveOptions.WebpackDefaults().ForDependency("esm");

    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-symlink-cycles-").FullName;

    public SymlinkCycleTests()
    {
        Write("x.js", "module.exports = 1;");
        Write("dir/y.js");
        // A legal loop, as in real trees: dir/sub is the root again.
        Link("dir/sub", "..");
        // Two links pointing at each other, a link to itself and a file-named link to itself.
        Link("a", "b");
        Link("b", "a");
        Link("self", "self");
        Link("loop.js", "loop.js");
        Link("dangling", "nowhere");
        // A package folder that links to itself.
        Directory.CreateDirectory(Path.Combine(_root, "node_modules"));
        Link("node_modules/pkg", "../node_modules/pkg");
        // A package that links to its own root (legal).
        Link("node_modules/root", "..");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text = "")
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Link(string relative, string target) => File.CreateSymbolicLink(Path.Combine(_root, relative), target);

    private string At(string relative) => Path.Combine(_root, relative);

    private void AssertCannotResolve(string request, params string[] tried)
    {
        var result = new Resolver(s_esm).Resolve(request, _root);
        Assert.Equal(ResolveResultKind.Error, result.Kind);
        Assert.Equal($"Can't resolve '{request}' in '{_root}'", result.Error);
        foreach (var path in tried) Assert.Contains(At(path), result.MissingDependencies);
    }

    [Fact]
    public void TwoLinksPointingAtEachOtherFailToResolve()
    {
        AssertCannotResolve("./a", "a", "a.js", "a.json");
        AssertCannotResolve("./b", "b", "b.js");
    }

    [Fact]
    public void LinkToItselfFailsToResolve() => AssertCannotResolve("./self", "self", "self.js");

    [Fact]
    public void FileLinkToItselfFailsToResolve()
    {
        AssertCannotResolve("./loop.js", "loop.js", "loop.js.js");
        AssertCannotResolve("./loop", "loop", "loop.js");
    }

    [Fact]
    public void PathThroughACycleFailsToResolve()
    {
        // lstat itself fails (ELOOP) for a path through the cycle; FileInfo throws there.
        AssertCannotResolve("./a/x", "a/x", "a/x.js");
        AssertCannotResolve("./self/x.js");
        AssertCannotResolve("./a/", "a");
    }

    [Fact]
    public void DanglingLinkFailsToResolve() => AssertCannotResolve("./dangling", "dangling", "dangling.js");

    [Fact]
    public void ModuleFolderLinkedToItselfFailsToResolve()
    {
        AssertCannotResolve("pkg", "node_modules/pkg", "node_modules/pkg.js");
        AssertCannotResolve("pkg/lib/x");
        var result = new Resolver(s_esm).Resolve("pkg", At("dir"));
        Assert.Equal(ResolveResultKind.Error, result.Kind);
        Assert.Equal($"Can't resolve 'pkg' in '{At("dir")}'", result.Error);
    }

    [Fact]
    public void LinksToAParentFolderStillResolve()
    {
        var resolver = new Resolver(s_esm);
        Assert.Equal(At("x.js"), resolver.Resolve("./dir/sub/x", _root).Path);
        Assert.Equal(At("x.js"), resolver.Resolve("./dir/sub/dir/sub/dir/sub/x.js", _root).Path);
        Assert.Equal(At("dir/y.js"), resolver.Resolve("./sub/dir/y", At("dir")).Path);
        Assert.Equal(At("x.js"), resolver.Resolve("root/x", _root).Path);
        Assert.Equal(At("dir/y.js"), resolver.Resolve("root/node_modules/root/dir/y", At("dir")).Path);
    }

    [Fact]
    public void PhysicalFileSystemAnswersCyclesAsMissing()
    {
        var fs = PhysicalFileSystem.Instance;
        Assert.Equal(FileKind.None, fs.Stat(At("a")));
        Assert.Equal(FileKind.None, fs.Stat(At("self")));
        Assert.Equal(FileKind.None, fs.Stat(At("a/x")));
        Assert.Equal(FileKind.None, fs.Stat(At("dangling")));
        Assert.Equal(FileKind.None, fs.Stat(At("node_modules/pkg/package.json")));
        Assert.Equal(FileKind.Directory, fs.Stat(At("dir/sub")));
        Assert.Equal(FileKind.File, fs.Stat(At("dir/sub/x.js")));
        Assert.Null(fs.ReadFile(At("a")));
        Assert.Null(fs.ReadFile(At("a/x")));
        Assert.Null(fs.ReadLink(At("a/x")));
        Assert.Equal("b", fs.ReadLink(At("a")));
    }

    [Fact]
    public void InMemoryCyclesFailAndParentLoopsResolve()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/app/x.js")
            .AddSymlink("/app/a", "b").AddSymlink("/app/b", "a")
            .AddSymlink("/app/self.js", "self.js")
            .AddSymlink("/app/node_modules/pkg", "../node_modules/pkg")
            .AddSymlink("/app/dir/sub", "..");
        var resolver = new Resolver(s_esm, new ResolverCache(fs));
        foreach (var request in new[] { "./a", "./a/x", "./self", "pkg", "pkg/x" })
        {
            var result = resolver.Resolve(request, "/app");
            Assert.Equal(ResolveResultKind.Error, result.Kind);
            Assert.Equal($"Can't resolve '{request}' in '/app'", result.Error);
            Assert.NotEmpty(result.MissingDependencies);
        }
        Assert.Contains("/app/a.js", resolver.Resolve("./a", "/app").MissingDependencies);
        Assert.Equal("/app/x.js", resolver.Resolve("./dir/sub/dir/sub/x", "/app").Path);
        Assert.Equal(FileKind.Directory, fs.Stat("/app/dir/sub/dir/sub"));
    }

    [Fact]
    public void InMemoryLinksStopAfterFortyLikeTheKernel()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/x.js");
        for (var i = 0; i < 41; i++) fs.AddSymlink($"/app/l{i}", $"l{i + 1}");
        fs.AddSymlink("/app/l41", "x.js");
        Assert.Equal(FileKind.File, fs.Stat("/app/l2"));
        Assert.Equal(FileKind.None, fs.Stat("/app/l0"));
        // Many folders deep is no loop.
        var deep = "/app/" + string.Join('/', Enumerable.Repeat("d", 60)) + "/z.js";
        fs.AddFile(deep);
        Assert.Equal(FileKind.File, fs.Stat(deep));
    }

    [Fact]
    public void SymlinkPluginStopsOnACycleTheFileSystemCallsAFile()
    {
        var fs = new CycleAsFileSystem();
        var result = new Resolver(s_esm, new ResolverCache(fs)).Resolve("./a", "/app");
        Assert.Equal(ResolveResultKind.Error, result.Kind);
        Assert.Equal("Can't resolve './a' in '/app'", result.Error);
        Assert.Contains("/app/a", result.MissingDependencies);
    }

    // Says /app/a and /app/b are files that link to each other: what the disk looked like through
    // File.Exists, which falls back to lstat when stat fails.
    private sealed class CycleAsFileSystem : IFileSystem
    {
        public FileKind Stat(string path) => path switch
        {
            "/" or "/app" => FileKind.Directory,
            "/app/a" or "/app/b" => FileKind.File,
            _ => FileKind.None,
        };

        public string? ReadLink(string path) => path switch
        {
            "/app/a" => "b",
            "/app/b" => "a",
            _ => null,
        };

        public byte[]? ReadFile(string path) => null;
    }
}
