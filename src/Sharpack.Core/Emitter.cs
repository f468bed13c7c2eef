// Writes assets into output.path: only files whose bytes changed, never outside output.path;
// output.clean removes stale files inside output.path only.

using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>The emit phase.</summary>
public static class Emitter
{
    /// <summary>Writes the compilation's assets; returns their stats (Emitted false when unchanged on disk).</summary>
    public static IReadOnlyList<AssetStats> Emit(Compilation compilation)
    {
        var outputPath = Path.GetFullPath(compilation.Options.Output.Path);
        var result = new List<AssetStats>(compilation.Assets.Count);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, asset) in compilation.Assets)
        {
            var target = Path.GetFullPath(Path.Combine(outputPath, name));
            if (!IsInside(outputPath, target))
            {
                compilation.Errors.Add(new BuildDiagnostic($"Asset '{name}' would be written outside output.path ({outputPath})"));
                continue;
            }
            written.Add(target);
            var changed = !File.Exists(target) || !FileHasBytes(target, asset.Content);
            if (changed)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, asset.Content);
            }
            result.Add(new AssetStats(name, asset.Content.Length, changed, asset.ChunkNames));
        }
        if (compilation.Options.Output.Clean && Directory.Exists(outputPath))
        {
            foreach (var file in Directory.EnumerateFiles(outputPath, "*", SearchOption.AllDirectories))
            {
                if (!written.Contains(Path.GetFullPath(file)))
                    File.Delete(file);
            }
        }
        return result;
    }

    private static bool IsInside(string directory, string path)
    {
        var prefix = directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static bool FileHasBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (info.Length != content.Length)
            return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}
