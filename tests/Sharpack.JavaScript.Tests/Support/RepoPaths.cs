// The repository's folders as this project's tests name them; found by tests/Shared/TestRepository.cs.

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>Well-known folders of the repository, found by walking up to the folder with Sharpack.sln.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (the folder that holds Sharpack.sln).</summary>
    public static string Root => Sharpack.Tests.TestRepository.Root;

    /// <summary>tests/fixtures: package.json of the pinned test data.</summary>
    public static string Fixtures => Sharpack.Tests.TestRepository.Fixtures;

    /// <summary>This test project's source folder (tests/Sharpack.JavaScript.Tests).</summary>
    public static string TestSources => Sharpack.Tests.TestRepository.TestSources("Sharpack.JavaScript.Tests");

    /// <summary>A package installed in tests/fixtures/node_modules; fails clearly when the fixtures are not installed.</summary>
    public static string Package(string name) => Sharpack.Tests.TestRepository.Package(name);
}
