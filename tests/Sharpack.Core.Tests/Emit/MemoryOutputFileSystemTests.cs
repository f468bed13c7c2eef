// The in-memory output file system answers the emit phase's questions as the disk would: folders
// made with their parents, a file in the way of a folder is an error, a write needs its folder,
// a folder goes only when empty, listings are in ordinal order.

namespace Sharpack.Core.Tests.Emit;

public sealed class MemoryOutputFileSystemTests
{
    [Fact]
    public void Folders_files_and_listings()
    {
        var fs = new MemoryOutputFileSystem();
        fs.CreateDirectory("/out/a/b");
        Assert.True(fs.DirectoryExists("/out/a"));
        Assert.False(fs.FileExists("/out/a"));
        fs.WriteFileAtomically("/out/a/z.js", [1, 2]);
        fs.WriteFileAtomically("/out/a/m.js", [3]);
        Assert.Equal(["b", "m.js", "z.js"], fs.ReadDirectory("/out/a"));
        Assert.True(fs.FileHasBytes("/out/a/z.js", [1, 2]));
        Assert.False(fs.FileHasBytes("/out/a/z.js", [1]));
        Assert.Equal(new byte[] { 3 }, fs.ReadFile("/out/a/m.js"));
        Assert.False(fs.IsSymbolicLink("/out/a"));
        Assert.Equal(["/out/a/m.js", "/out/a/z.js"], fs.Files);
    }

    [Fact]
    public void Failures_are_the_exceptions_the_disk_throws()
    {
        var fs = new MemoryOutputFileSystem().AddFile("/out/file", "x");
        Assert.Throws<IOException>(() => fs.CreateDirectory("/out/file/sub"));
        Assert.Throws<DirectoryNotFoundException>(() => fs.WriteFileAtomically("/out/missing/a.js", [1]));
        Assert.Throws<IOException>(() => fs.WriteFileAtomically("/out", [1]));
        Assert.Throws<IOException>(() => fs.DeleteDirectory("/out"));
        Assert.Throws<FileNotFoundException>(() => fs.ReadFile("/out/none"));
        fs.DeleteFile("/out/file");
        fs.DeleteFile("/out/file"); // like File.Delete: a missing file is no error
        fs.DeleteDirectory("/out");
        Assert.False(fs.DirectoryExists("/out"));
        Assert.Empty(fs.ReadDirectory("/"));
    }
}
