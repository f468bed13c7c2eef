// Writes assets into output.path, as webpack's Compiler.emitAssets does: the file name is the
// asset name up to a '?' or '#' (a query stays in URLs only), only files whose bytes changed are
// written, and two assets that map to one file must have the same bytes. Unlike webpack, each
// file is written to a temporary name beside it and renamed into place, so a build killed while
// writing leaves every file whole (old or new); nothing is written outside output.path, not even
// through a symbolic link inside it. A file-system error is a build error naming the file, never
// an exception. output.clean (OutputCleaner) runs only after every asset was written. All of it
// goes through the compiler's output file system (the disk, or memory).

using Sharpack.Core.Hooks;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>The emit phase.</summary>
public static class Emitter
{
    /// <summary>
    /// Writes the compilation's assets and, when the emit succeeded, applies <c>output.clean</c>;
    /// returns the assets' stats (Emitted false when unchanged on disk). Failures are added to the
    /// compilation's errors.
    /// </summary>
    public static IReadOnlyList<AssetStats> Emit(Compilation compilation)
    {
        var outputPath = Path.GetFullPath(compilation.Options.Output.Path);
        var fileSystem = compilation.Compiler.OutputFileSystem;
        var result = new List<AssetStats>(compilation.Assets.Count);
        var errorsBefore = compilation.Errors.Count;
        if (!EnsureOutputFolder(compilation, fileSystem, outputPath))
            return result;

        // Target file (relative, '/'-separated) → the asset written there, for webpack's
        // "differs only in casing or query string" check.
        var targets = new Dictionary<string, (string Name, Asset Asset)>(StringComparer.Ordinal);
        var checkedFolders = new HashSet<string>(StringComparer.Ordinal) { outputPath };
        foreach (var (name, asset) in compilation.Assets)
        {
            var content = asset.Source.GetBuffer();
            var targetFile = TargetFile(name);
            if (!ValidTargetFile(compilation, name, targetFile))
                continue;
            // As node's path.join in webpack: a leading '/' (an entry named "/dir/x") stays inside output.path.
            var target = Path.GetFullPath(Path.Join(outputPath, targetFile));
            if (!IsInside(outputPath, target))
            {
                compilation.Errors.Add(new BuildDiagnostic($"Asset '{name}' would be written outside output.path ({outputPath})"));
                continue;
            }
            var relative = Path.GetRelativePath(outputPath, target).Replace(Path.DirectorySeparatorChar, '/');
            if (targets.TryGetValue(relative, out var other))
            {
                if (!other.Asset.Source.GetBuffer().AsSpan().SequenceEqual(content))
                {
                    compilation.Errors.Add(new BuildDiagnostic(
                        $"Prevent writing to file that only differs in casing or query string from already written file: assets '{other.Name}' and '{name}' are both written to {target} with different contents."));
                }
                result.Add(new AssetStats(name, content.Length, false, asset.ChunkNames) { Minimized = asset.Info.Minimized, Info = asset.Info });
                continue;
            }
            targets.Add(relative, (name, asset));
            var errors = compilation.Errors.Count;
            var changed = WriteIfChanged(compilation, fileSystem, outputPath, target, content, checkedFolders);
            result.Add(new AssetStats(name, content.Length, changed, asset.ChunkNames) { Minimized = asset.Info.Minimized, Info = asset.Info });
            if (compilation.Errors.Count == errors && compilation.Compiler.Hooks.AssetEmitted.IsUsed)
                compilation.Compiler.Hooks.AssetEmitted.CallAsync(name, new AssetEmittedInfo(content, asset.Source, outputPath, compilation, target, changed)).Wait();
        }

        if (compilation.Options.Output.Clean is { } clean && compilation.Errors.Count == errorsBefore)
            OutputCleaner.Clean(compilation, outputPath, targets.Keys, clean);
        return result;
    }

    // webpack: the file written is the asset name before any query or fragment.
    private static string TargetFile(string name)
    {
        var cut = name.AsSpan().IndexOfAny('?', '#');
        return cut < 0 ? name : name[..cut];
    }

    private static bool ValidTargetFile(Compilation compilation, string name, string targetFile)
    {
        string? problem = null;
        if (targetFile.Length == 0)
            problem = "has no file name before its query";
        else if (targetFile[^1] is '/' or '\\')
            problem = "ends with '/', so it names a folder, not a file (check output.filename and output.chunkFilename)";
        else if (targetFile.Contains('\0'))
            problem = "contains a NUL character, which no file name may hold";
        else if (targetFile.Split('/') is var segments && Array.Exists(segments, s => System.Text.Encoding.UTF8.GetByteCount(s) > 255))
            problem = "has a path segment longer than 255 bytes, which the file system refuses";
        if (problem is null)
            return true;
        compilation.Errors.Add(new BuildDiagnostic($"Asset '{Printable(name)}' cannot be written: its file name {problem}."));
        return false;
    }

    // Creates output.path; a file in the way (output.path itself or a folder on the way to it)
    // or a refused creation is one error naming the path.
    private static bool EnsureOutputFolder(Compilation compilation, IOutputFileSystem fileSystem, string outputPath)
    {
        if (compilation.Assets.Count == 0 && compilation.Options.Output.Clean is null)
            return true;
        if (fileSystem.FileExists(outputPath))
        {
            compilation.Errors.Add(new BuildDiagnostic($"output.path '{outputPath}' is a file, not a folder: cannot write the build there."));
            return false;
        }
        for (var folder = Path.GetDirectoryName(outputPath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (fileSystem.FileExists(folder))
            {
                compilation.Errors.Add(new BuildDiagnostic($"output.path '{outputPath}' cannot be created: '{folder}' is a file, not a folder."));
                return false;
            }
            if (fileSystem.DirectoryExists(folder))
                break;
        }
        try
        {
            fileSystem.CreateDirectory(outputPath);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            compilation.Errors.Add(new BuildDiagnostic($"output.path '{outputPath}' cannot be created: {e.Message}"));
            return false;
        }
    }

    // Returns whether the file was written; a failure is an error on the compilation.
    private static bool WriteIfChanged(Compilation compilation, IOutputFileSystem fileSystem, string outputPath, string target, byte[] content, HashSet<string> checkedFolders)
    {
        try
        {
            var folder = Path.GetDirectoryName(target)!;
            if (!EnsureFolderInside(compilation, fileSystem, outputPath, folder, target, checkedFolders))
                return false;
            if (fileSystem.DirectoryExists(target) && !fileSystem.IsSymbolicLink(target))
            {
                compilation.Errors.Add(new BuildDiagnostic($"Cannot write '{target}': a folder of that name is in the way."));
                return false;
            }
            if (fileSystem.FileExists(target) && fileSystem.FileHasBytes(target, content))
                return false;
            fileSystem.WriteFileAtomically(target, content);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            compilation.Errors.Add(new BuildDiagnostic($"Cannot write '{target}': {e.Message}"));
            return false;
        }
    }

    // Creates the folders between output.path and the asset; an existing one that is a symbolic
    // link (its target may lie outside output.path) or a file stops the write.
    private static bool EnsureFolderInside(Compilation compilation, IOutputFileSystem fileSystem, string outputPath, string folder, string target, HashSet<string> checkedFolders)
    {
        if (checkedFolders.Contains(folder))
            return true;
        var parent = Path.GetDirectoryName(folder)!;
        if (!EnsureFolderInside(compilation, fileSystem, outputPath, parent, target, checkedFolders))
            return false;
        if (fileSystem.IsSymbolicLink(folder))
        {
            compilation.Errors.Add(new BuildDiagnostic(
                $"Cannot write '{target}': '{folder}' is a symbolic link, and sharpack writes nothing outside output.path through one."));
            return false;
        }
        if (fileSystem.FileExists(folder))
        {
            compilation.Errors.Add(new BuildDiagnostic($"Cannot write '{target}': '{folder}' is a file, not a folder."));
            return false;
        }
        fileSystem.CreateDirectory(folder);
        checkedFolders.Add(folder);
        return true;
    }

    /// <summary>Whether <paramref name="path"/> lies strictly inside <paramref name="directory"/> (both full paths).</summary>
    internal static bool IsInside(string directory, string path)
    {
        var prefix = directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    // A name as shown in a message: control characters (NUL included) as \u escapes.
    private static string Printable(string name)
    {
        if (!name.AsSpan().ContainsAnyInRange('\0', '\x1f'))
            return name;
        var builder = new System.Text.StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (c < ' ')
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }
        return builder.ToString();
    }
}
