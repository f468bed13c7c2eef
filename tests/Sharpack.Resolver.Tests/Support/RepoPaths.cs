// Finds the repository from the test assembly's folder (walking up to Sharpack.sln), so tests run
// the same from `dotnet test`, an IDE, or a copied output folder inside the work tree.

namespace Sharpack.Resolver.Tests.Support;

/// <summary>Well-known folders of the repository.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder that holds Sharpack.sln).</summary>
    public static string Root => s_root.Value;

    /// <summary>tests/fixtures-resolver: the real node_modules tree and enhanced-resolve.</summary>
    public static string ResolverFixtures => Path.Combine(Root, "tests", "fixtures-resolver");

    /// <summary>The installed tree; fails clearly when tests/setup.sh has not run.</summary>
    public static string RequireResolverFixtures()
    {
        var modules = Path.Combine(ResolverFixtures, "node_modules", "enhanced-resolve");
        if (!Directory.Exists(modules))
            throw new InvalidOperationException($"{modules} is missing. Run tests/setup.sh (./test.sh does) to install the resolver fixtures.");
        return ResolverFixtures;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sharpack.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Sharpack.sln found above {AppContext.BaseDirectory}.");
    }
}
