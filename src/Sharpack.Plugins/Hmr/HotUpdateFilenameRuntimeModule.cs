// Follows webpack's GetMainFilenameRuntimeModule (__webpack_require__.hmrF, the update manifest's
// name, output.hotUpdateMainFilename) and GetChunkFilenameRuntimeModule for update chunks
// (__webpack_require__.hu, output.hotUpdateChunkFilename): the file names are expressions of the
// running code's hash (__webpack_require__.h()), so after an update the next check asks for the
// files named by the hash it updated to.

using System.Text;
using System.Text.RegularExpressions;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Hmr;

/// <summary><c>__webpack_require__.hmrF</c> or <c>__webpack_require__.hu</c>.</summary>
public sealed partial class HotUpdateFilenameRuntimeModule(bool manifest) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => manifest ? "webpack/runtime/get update manifest filename" : "webpack/runtime/get javascript update chunk filename";

    /// <inheritdoc />
    public override RuntimeGlobals Requires => RuntimeGlobals.GetFullHash;

    /// <inheritdoc />
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = context.Options.Output;
        var template = manifest ? output.HotUpdateMainFilename : output.HotUpdateChunkFilename;
        var runtime = context.Chunk?.Runtime?.ToString() ?? context.Chunk?.Name ?? "";
        var expression = Expression(template, runtime, manifest ? null : "chunkId");
        return manifest
            ? "__webpack_require__.hmrF = () => (" + expression + ");"
            : "__webpack_require__.hu = (chunkId) => {\n\t// return url for filenames based on template\n\treturn " + expression + ";\n};";
    }

    [GeneratedRegex(@"\[(fullhash|hash|id|runtime)(?::(\d+))?\]")]
    private static partial Regex Placeholder();

    // The file name template as a string expression: [fullhash] and [hash] (with a length) read the
    // running hash, [id] the chunk id, [runtime] this runtime's name; the rest is text.
    internal static string Expression(string template, string runtime, string? chunkId)
    {
        // Parts of code; adjacent text is merged into one string literal.
        var parts = new List<(bool Code, string Text)>();
        void Text(string text)
        {
            if (text.Length == 0)
                return;
            if (parts.Count > 0 && !parts[^1].Code)
                parts[^1] = (false, parts[^1].Text + text);
            else
                parts.Add((false, text));
        }
        var last = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            Text(template[last..match.Index]);
            var length = match.Groups[2].Success ? match.Groups[2].Value : null;
            switch (match.Groups[1].Value)
            {
                case "fullhash" or "hash":
                    parts.Add((true, length is null ? "__webpack_require__.h()" : "__webpack_require__.h().slice(0, " + length + ")"));
                    break;
                case "id" when chunkId is not null:
                    parts.Add((true, chunkId));
                    break;
                case "id":
                    Text(match.Value);
                    break;
                default:
                    Text(runtime);
                    break;
            }
            last = match.Index + match.Length;
        }
        Text(template[last..]);
        var builder = new StringBuilder();
        // A string whatever the first part is (webpack's "" + chunkId).
        if (parts.Count == 0 || parts[0].Code)
            builder.Append("\"\"");
        foreach (var (code, text) in parts)
        {
            if (builder.Length > 0)
                builder.Append(" + ");
            builder.Append(code ? text : CodeGenerationContext.JsonString(text));
        }
        return builder.ToString();
    }
}
