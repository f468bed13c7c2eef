// output.clean, as webpack's CleanPlugin does it: list the folders that hold this build's assets
// (and their parents); whatever else they hold is removed, recursively, except what `keep` keeps
// and dot-files inside removed folders. Entries are examined with lstat semantics, so a symbolic
// link is removed as a link and its target is never entered. Beyond webpack, a clean that would
// delete the project (output.path is the context or holds it, or is a root or home folder) is
// refused with an UnsafeOutputCleanWarning, and it runs only after a fully successful emit. It
// works through the compiler's output file system, so a build in memory cleans memory only.

using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>Removes stale files from <c>output.path</c>.</summary>
public static class OutputCleaner
{
    /// <summary>The logger name of clean's messages, as webpack's.</summary>
    public const string LoggerName = "webpack.CleanPlugin";

    /// <summary>
    /// Cleans <paramref name="outputPath"/> (full path) around <paramref name="assets"/> (the files
    /// just written, relative with <c>/</c>): removes, or with <c>dry</c> only logs, the rest.
    /// </summary>
    public static void Clean(Compilation compilation, string outputPath, IEnumerable<string> assets, CleanOptions options)
    {
        if (UnsafeReason(outputPath, Path.GetFullPath(compilation.Options.Context)) is { } reason)
        {
            compilation.Warnings.Add(new BuildDiagnostic(
                $"UnsafeOutputCleanWarning: output.clean was not applied: output.path '{outputPath}' {reason}. " +
                "Cleaning it would delete files that are not build output; give output.path a folder of its own (e.g. 'dist').")
            { IsWarning = true });
            return;
        }
        var currentAssets = new HashSet<string>(assets, StringComparer.Ordinal);
        var directories = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var asset in currentAssets)
        {
            for (var slash = asset.LastIndexOf('/'); slash > 0; slash = asset.LastIndexOf('/', slash - 1))
            {
                if (!directories.Add(asset[..slash]))
                    break;
            }
        }

        var fileSystem = compilation.Compiler.OutputFileSystem;
        var diff = new List<string>();
        foreach (var directory in directories)
        {
            var full = Full(outputPath, directory);
            if (!fileSystem.DirectoryExists(full) || fileSystem.IsSymbolicLink(full))
                continue;
            foreach (var name in SafeEntries(compilation, fileSystem, full))
            {
                var relative = directory.Length == 0 ? name : directory + "/" + name;
                if (!directories.Contains(relative) && !currentAssets.Contains(relative))
                    diff.Add(relative);
            }
        }
        diff.Sort(StringComparer.Ordinal);
        var cleaner = new Run(compilation, fileSystem, outputPath, options);
        foreach (var item in diff)
            cleaner.Remove(item);
    }

    /// <summary>Why cleaning <paramref name="outputPath"/> would be unsafe for a project at <paramref name="context"/>, or null.</summary>
    public static string? UnsafeReason(string outputPath, string context)
    {
        outputPath = Path.TrimEndingDirectorySeparator(outputPath);
        context = Path.TrimEndingDirectorySeparator(context);
        if (Path.GetPathRoot(outputPath) is { } root && Path.TrimEndingDirectorySeparator(root) == outputPath || outputPath.Length == 0)
            return "is the root of a file system";
        if (outputPath == context)
            return "is the context (the project's folder)";
        if (Emitter.IsInside(outputPath, context))
            return $"holds the context '{context}'";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            home = Path.TrimEndingDirectorySeparator(Path.GetFullPath(home));
            if (outputPath == home)
                return "is the home folder";
            if (Emitter.IsInside(outputPath, home))
                return $"holds the home folder '{home}'";
        }
        return null;
    }

    private static string Full(string outputPath, string relative) =>
        relative.Length == 0 ? outputPath : Path.Combine(outputPath, relative.Replace('/', Path.DirectorySeparatorChar));

    // The names in a folder, in ordinal order.
    private static IReadOnlyList<string> SafeEntries(Compilation compilation, IOutputFileSystem fileSystem, string folder)
    {
        try
        {
            return fileSystem.ReadDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            compilation.Errors.Add(new BuildDiagnostic($"output.clean: cannot list '{folder}': {e.Message}"));
            return [];
        }
    }

    // One clean: removes items depth first; a folder goes only when all it held went.
    private sealed class Run(Compilation compilation, IOutputFileSystem fileSystem, string outputPath, CleanOptions options)
    {
        // Returns whether the item is gone (or, dry, would be).
        public bool Remove(string relative)
        {
            if (options.IsKept(relative))
            {
                Log($"{relative} will be kept");
                return false;
            }
            var full = Full(outputPath, relative);
            // lstat semantics: a link (to a folder, a file or nothing) is removed as a link.
            var isLink = fileSystem.IsSymbolicLink(full);
            var isFile = fileSystem.FileExists(full);
            var isFolder = !isFile && fileSystem.DirectoryExists(full);
            if (!isFile && !isFolder && !isLink)
                return true; // removed by something else meanwhile
            if (isFolder && !isLink)
            {
                var all = true;
                foreach (var name in SafeEntries(compilation, fileSystem, full))
                {
                    if (name.StartsWith('.'))
                    {
                        Log($"{relative} will be kept (dot-files will never be removed)");
                        all = false;
                        continue;
                    }
                    all &= Remove(relative + "/" + name);
                }
                if (!all)
                    return false;
                Log($"{relative} will be removed");
                return options.Dry || Delete(fileSystem.DeleteDirectory, full);
            }
            Log($"{relative} will be removed");
            // File.Delete is unlink(2): a link goes, its target stays.
            return options.Dry || Delete(fileSystem.DeleteFile, full);
        }

        private bool Delete(Action<string> delete, string full)
        {
            try
            {
                delete(full);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                compilation.Errors.Add(new BuildDiagnostic($"output.clean: cannot remove '{full}': {e.Message}"));
                return false;
            }
        }

        // webpack logs with info when dry (shown by default), else with log (shown at verbose).
        private void Log(string message) =>
            compilation.Logs.Add(new LogEntry(LoggerName, options.Dry ? LogType.Info : LogType.Log, message));
    }
}
