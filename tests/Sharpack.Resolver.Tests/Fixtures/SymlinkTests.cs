// Symlinked packages in a pnpm layout, made as real symlinks in a temp folder at test time (git
// does not keep symlinks portably): the resolver must return real paths, and resolve the
// package's own dependencies from its real location.

namespace Sharpack.Resolver.Tests.Fixtures;

public sealed class SymlinkTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sharpack-symlinks-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text = "")
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void PnpmLayoutResolvesToRealPaths()
    {
        var store = ".pnpm/a@1.0.0/node_modules";
        Write($"{store}/a/package.json", """{"name":"a","main":"lib/a.js"}""");
        Write($"{store}/a/lib/a.js");
        Write(".pnpm/b@2.0.0/node_modules/b/index.js");
        Directory.CreateDirectory(Path.Combine(_root, "app/node_modules"));
        File.CreateSymbolicLink(Path.Combine(_root, "app/node_modules/a"), $"../../{store}/a");
        File.CreateSymbolicLink(Path.Combine(_root, $"{store}/b"), "../../b@2.0.0/node_modules/b");

        var resolver = new Resolver(ResolveOptions.WebpackDefaults().ForDependency("esm"));
        var a = resolver.Resolve("a", Path.Combine(_root, "app"));
        Assert.Equal(Path.Combine(_root, $"{store}/a/lib/a.js"), a.Path);
        Assert.Equal(Path.Combine(_root, ".pnpm/b@2.0.0/node_modules/b/index.js"), resolver.Resolve("b", Path.GetDirectoryName(a.Path)!).Path);

        var unresolved = new Resolver(ResolveOptions.WebpackDefaults().ForDependency("esm") with { Symlinks = false });
        Assert.Equal(Path.Combine(_root, "app/node_modules/a/lib/a.js"), unresolved.Resolve("a", Path.Combine(_root, "app")).Path);
    }
}
