// TypeScript and JSX built in: a .ts, .tsx, .mts, .cts or .jsx module that no loader handles is
// transformed before it is parsed, with the options its tsconfig.json gives (esbuild's and
// Parcel's behaviour), and `builtin:swc-loader` / `builtin:sharpack-loader` run the same
// transform with Rspack's loader options. The transform's segments become the module's source
// map back to the file, when the devtool asks for one.

using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Transforms;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Runs the TypeScript/JSX transform for a module.</summary>
internal static class BuiltinTranspiler
{
    /// <summary>A file the build transforms when no loader does: TypeScript (.ts .tsx .mts .cts) or JSX (.jsx).</summary>
    public static bool HandlesByDefault(string path) =>
        path.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".mts", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cts", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The options for a file with no loader: its extension, its tsconfig.json, and the syntax the
    /// build's target lacks (<paramref name="lower"/>; as esbuild, tsconfig's own <c>target</c> does not lower).
    /// </summary>
    public static TransformOptions DefaultOptions(string path, Sharpack.Resolver.IFileSystem fileSystem, SyntaxFeatures lower = SyntaxFeatures.None)
    {
        var tsconfig = TsConfigCompilerOptions.For(Path.GetDirectoryName(path) ?? "/", fileSystem);
        var isTypeScript = !path.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase);
        return new TransformOptions
        {
            TypeScript = isTypeScript,
            Jsx = !isTypeScript || path.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase),
            JsxRuntime = tsconfig.Runtime,
            JsxFactory = tsconfig.JsxFactory ?? "React.createElement",
            JsxFragmentFactory = tsconfig.JsxFragmentFactory ?? "React.Fragment",
            JsxImportSource = tsconfig.JsxImportSource ?? "react",
            JsxDevelopment = string.Equals(tsconfig.Jsx, "react-jsxdev", StringComparison.OrdinalIgnoreCase),
            UseDefineForClassFields = tsconfig.DefineClassFields,
            VerbatimModuleSyntax = tsconfig.VerbatimModuleSyntax ?? false,
            ExperimentalDecorators = tsconfig.ExperimentalDecorators ?? false,
            EmitDecoratorMetadata = tsconfig.EmitDecoratorMetadata ?? false,
            Lower = lower,
            FileName = path,
            Module = path.EndsWith(".mts", StringComparison.OrdinalIgnoreCase) ? true : null,
        };
    }

    /// <summary>The outcome of a transform: the code and its map (when asked), or the error with its code frame.</summary>
    public readonly record struct Outcome(string? Code, string? SourceMap, SyntaxError? Error, string? CodeFrame);

    /// <summary>Transforms <paramref name="text"/> (the file at <paramref name="path"/>); with <paramref name="sourceMap"/>, the map back to it.</summary>
    public static Outcome Run(string text, string path, TransformOptions options, bool sourceMap)
    {
        var result = SourceTransformer.Transform(text, options);
        if (result.Error is { } error)
            return new Outcome(null, null, error, CodeFrame.Format(text, result.Lines, error.Offset));
        return new Outcome(result.Code, sourceMap ? BuildSourceMap(result, text, path) : null, null, null);
    }

    /// <summary>A source map (JSON) from the transform's output back to <paramref name="source"/>, named <paramref name="path"/>.</summary>
    public static string BuildSourceMap(TransformResult result, string source, string path)
    {
        var code = result.Code;
        var outputLines = new LineTable(code);
        var segments = result.Segments;
        using var writer = new MappingsWriter();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var end = i + 1 < segments.Count ? segments[i + 1].Generated : code.Length;
            if (segment.Generated >= end && i + 1 < segments.Count)
                continue;
            var (line, column) = outputLines.GetLineColumn(segment.Generated);
            var (originalLine, originalColumn) = result.Lines.GetLineColumn(segment.Original);
            writer.Add(line, column - 1, 0, originalLine, originalColumn - 1, -1);
            if (!segment.Copied)
                continue;
            // Copied text maps character for character: each line it starts maps to its own start.
            var offset = segment.Generated;
            while (true)
            {
                var newline = code.IndexOf('\n', offset, end - offset);
                if (newline < 0 || newline + 1 >= end)
                    break;
                offset = newline + 1;
                var (nextLine, _) = outputLines.GetLineColumn(offset);
                var (nextOriginalLine, nextOriginalColumn) = result.Lines.GetLineColumn(segment.Original + (offset - segment.Generated));
                writer.Add(nextLine, 0, 0, nextOriginalLine, nextOriginalColumn - 1, -1);
            }
        }
        var map = new SourceMap
        {
            Mappings = writer.ToString(),
            Sources = [path],
            SourcesContent = [source],
        };
        return map.ToJson();
    }
}
