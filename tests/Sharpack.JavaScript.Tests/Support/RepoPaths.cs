// Finds the repository and the test fixtures from the test assembly's folder, so tests run the
// same from `dotnet test`, an IDE, or a copied output folder inside the work tree.

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>Well-known folders of the repository, found by walking up to the folder with Sharpack.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder that holds Sharpack.sln).</summary>
    public static string Root => s_root.Value;

    /// <summary>tests/fixtures: package.json of the pinned test data.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>This test project's source folder (tests/Sharpack.JavaScript.Tests).</summary>
    public static string TestSources => Path.Combine(Root, "tests", "Sharpack.JavaScript.Tests");

    /// <summary>A package installed in tests/fixtures/node_modules; fails clearly when the fixtures are not installed.</summary>
    public static string Package(string name)
    {
        var path = Path.Combine(Fixtures, "node_modules", name);
        if (!Directory.Exists(path))
            throw new InvalidOperationException(
                $"Test fixture package '{name}' is missing ({path}). Run tests/setup.sh (./test.sh does) to install the fixtures.");
        return path;
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
