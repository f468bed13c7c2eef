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
            {
                Assert.True(last.CachedModuleCount > 0, $"the second build took no module from the cache ({last.BuiltModuleCount} built)");
                // Development keeps code too, unless the case turns on an optimization that reads across modules.
                if (mode == "development" && !options.Optimization.ConcatenateModules && options.Optimization.UsedExports == Core.Options.UsedExportsMode.Off && last.CodeGenerationResults.Count > 0)
                    Assert.True(last.CachedCodeGenerationCount > 0, "the second build generated all code again");
            }
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

    public static TheoryData<string> DevelopmentCases() => [.. CaseManifest.CaseNames("node")];

    // Each source file of the case is changed in turn — an export added, which changes what the
    // modules importing it read — and the compiler that keeps modules and code builds again: it
    // must write what a new compiler writes from the same files.
    [Theory]
    [MemberData(nameof(DevelopmentCases))]
    public void After_each_edit_a_build_from_the_caches_writes_what_a_fresh_build_writes(string name)
    {
        var source = Path.Combine(TestPaths.Root, "tests", "Sharpack.Plugins.Tests", "Cases", name);
        var work = Directory.CreateTempSubdirectory("sharpack-edit-").FullName;
        try
        {
            var directory = Path.Combine(work, "case");
            CopyFolder(source, directory);
            var incrementalOutput = Path.Combine(work, "incremental");
            var freshOutput = Path.Combine(work, "fresh");
            var cache = new JsonObject { ["cache"] = true };
            if (CaseTests.NormalizeCase(directory, incrementalOutput, "node", "development", cache).Options is not { } options)
                return;
            var compiler = SharpackPlugins.CreateCompiler(options);
            compiler.Run();
            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".js" or ".mjs" or ".cjs" or ".jsx" or ".ts" or ".tsx" && !f.Contains("node_modules"))
                .Order(StringComparer.Ordinal).ToList();
            foreach (var file in files)
            {
                var original = File.ReadAllText(file);
                File.WriteAllText(file, original + "\nexport const editedByTest = 1;\n");
                var incremental = compiler.Run();
                var fresh = SharpackPlugins.CreateCompiler(CaseTests.NormalizeCase(directory, freshOutput, "node", "development", cache).Options!).Run();
                var edited = Path.GetRelativePath(directory, file);
                Assert.Equal(fresh.Errors.Select(e => e.ToString()), incremental.Errors.Select(e => e.ToString()));
                var freshFiles = ReadAll(freshOutput);
                var incrementalFiles = ReadAll(incrementalOutput);
                foreach (var (output, text) in freshFiles)
                {
                    Assert.True(incrementalFiles.TryGetValue(output, out var other), $"{output} missing after editing {edited}");
                    Assert.True(text == other, $"{output} differs from a fresh build's after editing {edited}:\n--- fresh\n{text}\n--- from the caches\n{other}");
                }
                File.WriteAllText(file, original);
                if (Directory.Exists(freshOutput))
                    Directory.Delete(freshOutput, recursive: true);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
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
