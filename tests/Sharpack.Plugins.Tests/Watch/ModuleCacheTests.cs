// The compiler's module cache (webpack's memory cache): a second build of the same compiler takes
// every module whose files did not change from the first instead of building it, and must write
// exactly what the first wrote. Every case folder is built twice in development and in production
// (where optimizations rewrite the most state), so a module or dependency that keeps something a
// compilation set on it shows here as a difference.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Xunit;

namespace Sharpack.Plugins.Tests.Watch;

public sealed class ModuleCacheTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in CaseManifest.CaseNames("node"))
        {
            data.Add(name, "development");
            data.Add(name, "production");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_build_from_cached_modules_writes_what_the_first_build_wrote(string name, string mode)
    {
        var directory = Path.Combine(TestPaths.Root, "tests", "Sharpack.Plugins.Tests", "Cases", name);
        var output = Path.Combine(Path.GetTempPath(), "sharpack-module-cache", name.Replace('/', '-') + "-" + mode + "-" + Environment.ProcessId);
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true);
        try
        {
            var normalized = CaseTests.NormalizeCase(directory, output, "node", mode, new JsonObject { ["cache"] = true });
            if (normalized.Options is not { } options)
                return; // a case about a configuration error
            var compiler = SharpackPlugins.CreateCompiler(options);
            Compilation? last = null;
            compiler.Hooks.Compilation.Tap("test", (compilation, _) => last = compilation);

            var first = compiler.Run();
            var firstFiles = ReadAll(output);
            var built = last!.BuiltModuleCount;
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);

            var second = compiler.Run();
            Assert.Equal(first.Errors.Select(e => e.ToString()), second.Errors.Select(e => e.ToString()));
            Assert.Equal(first.Warnings.Select(e => e.ToString()), second.Warnings.Select(e => e.ToString()));
            if (first.Errors.Count == 0 && built > 0)
                Assert.True(last.CachedModuleCount > 0, $"the second build took no module from the cache ({last.BuiltModuleCount} built)");
            var secondFiles = ReadAll(output);
            Assert.Equal(firstFiles.Keys.Order(StringComparer.Ordinal), secondFiles.Keys.Order(StringComparer.Ordinal));
            foreach (var (file, text) in firstFiles)
                Assert.True(text == secondFiles[file], $"{file} differs after a build from cached modules:\n--- first\n{text}\n--- second\n{secondFiles[file]}");
        }
        finally
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, string> ReadAll(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
            return files;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, path)] = File.ReadAllText(path);
        return files;
    }
}
