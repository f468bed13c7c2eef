// webpack's getUndoPath (lib/util/identifier.js): the path from a file's folder back to the folder
// it is named relative to.

namespace Sharpack.Core.Seal;

/// <summary>The <c>../</c> path back out of a relative file name.</summary>
public static class UndoPath
{
    /// <summary>
    /// Follows webpack's getUndoPath (lib/util/identifier.js): the path from the folder of
    /// <paramref name="filename"/> back to where it is relative to, one "../" per folder; a ".."
    /// in the name takes the folder's own name from the end of <paramref name="outputPath"/>.
    /// With <paramref name="enforceRelative"/>, an empty answer is "./".
    /// </summary>
    public static string Of(string filename, string outputPath, bool enforceRelative)
    {
        var depth = -1;
        var append = "";
        if (outputPath.EndsWith('/') || outputPath.EndsWith('\\'))
            outputPath = outputPath[..^1];
        // As JavaScript's split(/[/\\]+/): a run of separators is one, so only the first and last part can be empty.
        var parts = filename.Split(s_separators, StringSplitOptions.None);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 && i > 0 && i < parts.Length - 1)
                continue;
            if (part == "..")
            {
                if (depth > -1)
                {
                    depth--;
                    continue;
                }
                var position = Math.Max(outputPath.LastIndexOf('/'), outputPath.LastIndexOf('\\'));
                if (position < 0)
                    return outputPath + "/";
                append = outputPath[(position + 1)..] + "/" + append;
                outputPath = outputPath[..position];
            }
            else if (part != ".")
            {
                depth++;
            }
        }
        return depth > 0 ? string.Concat(Enumerable.Repeat("../", depth)) + append : enforceRelative ? "./" + append : append;
    }

    private static readonly char[] s_separators = ['/', '\\'];
}
