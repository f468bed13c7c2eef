// node's path.posix.normalize and join for code outside the resolver (an asset's file name under
// generator.outputPath), on the resolver's own implementation (PathUtil).

namespace Sharpack.Resolver;

/// <summary>node's <c>path.posix</c> normalize and join.</summary>
public static class PosixPath
{
    /// <summary>node's <c>path.posix.normalize</c>: "." and ".." segments and repeated slashes resolved, a trailing slash kept.</summary>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return PathUtil.PosixNormalize(path);
    }

    /// <summary>node's <c>path.posix.join</c> of two parts: the non-empty ones joined with "/", normalized ("." when both are empty).</summary>
    public static string Join(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Normalize(first.Length == 0 ? second : second.Length == 0 ? first : first + "/" + second);
    }
}
