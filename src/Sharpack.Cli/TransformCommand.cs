// `sharpack transform`: prints the JavaScript each TypeScript or JSX file becomes, as `esbuild
// file.ts` does; errors come with a code frame. TypeScript and JSX are told by the file's
// extension (.ts .tsx .mts .cts .jsx) unless --ts, --tsx or --jsx says.

using System.Text;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.Cli;

/// <summary>The <c>transform</c> command.</summary>
public static class TransformCommand
{
    private const string Usage = "usage: sharpack transform [--ts|--tsx|--jsx] [--jsx-runtime automatic|classic|preserve] [--jsx-factory NAME] [--jsx-fragment NAME] [--jsx-import-source MODULE] [--jsx-dev] [--verbatim-module-syntax] [--no-define-class-fields] [--experimental-decorators] [--emit-decorator-metadata] [--react-refresh] [--target es2017|chrome80,safari13.1,…] FILE...";

    /// <summary>Runs the command; returns 0 when every file transformed, 1 otherwise, 2 for bad usage.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        bool? typeScript = null, jsx = null;
        var runtime = JsxRuntime.Automatic;
        string factory = "React.createElement", fragment = "React.Fragment", importSource = "react";
        bool development = false, verbatim = false, defineFields = true, decorators = false, metadata = false, refresh = false;
        var lower = SyntaxFeatures.None;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--ts": typeScript = true; jsx ??= false; break;
                case "--tsx": typeScript = true; jsx = true; break;
                case "--jsx": jsx = true; typeScript ??= false; break;
                case "--jsx-dev": development = true; break;
                case "--verbatim-module-syntax": verbatim = true; break;
                case "--no-define-class-fields": defineFields = false; break;
                case "--experimental-decorators": decorators = true; break;
                case "--emit-decorator-metadata": metadata = true; break;
                case "--react-refresh": refresh = true; break;
                case "--jsx-runtime" or "--jsx-factory" or "--jsx-fragment" or "--jsx-import-source" or "--target":
                    if (i + 1 >= args.Length)
                    {
                        Console.Error.WriteLine($"sharpack transform: {arg} needs a value\n{Usage}");
                        return 2;
                    }
                    var value = args[++i];
                    switch (arg)
                    {
                        case "--jsx-runtime":
                            if (value is not ("automatic" or "classic" or "preserve"))
                            {
                                Console.Error.WriteLine($"sharpack transform: --jsx-runtime is automatic, classic or preserve, not '{value}'");
                                return 2;
                            }
                            runtime = value switch { "classic" => JsxRuntime.Classic, "preserve" => JsxRuntime.Preserve, _ => JsxRuntime.Automatic };
                            break;
                        case "--target":
                            if (SyntaxTarget.ForList(value, out var unknown) is not { } lacking)
                            {
                                Console.Error.WriteLine($"sharpack transform: --target '{unknown}' is not an ECMAScript edition (es2015 … es2024, esnext) or an engine with a version (chrome80, firefox72, safari13.1, ios13.4, edge80, opera67, node14, deno1.9, samsung12)");
                                return 2;
                            }
                            lower = lacking;
                            break;
                        case "--jsx-factory": factory = value; break;
                        case "--jsx-fragment": fragment = value; break;
                        default: importSource = value; break;
                    }
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine($"sharpack transform: unknown option '{arg}'\n{Usage}");
                        return 2;
                    }
                    files.Add(arg);
                    break;
            }
        }
        if (files.Count == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var failed = false;
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        foreach (var file in files)
        {
            var (source, readError) = ParseCommand.ReadSource(file);
            if (source is null)
            {
                Console.Error.WriteLine($"{file}: error: {readError}");
                failed = true;
                continue;
            }
            var options = new TransformOptions
            {
                TypeScript = typeScript ?? ParseCommand.IsTypeScriptFile(file),
                Jsx = jsx ?? (file.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase)),
                JsxRuntime = runtime,
                JsxFactory = factory,
                JsxFragmentFactory = fragment,
                JsxImportSource = importSource,
                JsxDevelopment = development,
                VerbatimModuleSyntax = verbatim,
                UseDefineForClassFields = defineFields,
                ExperimentalDecorators = decorators,
                EmitDecoratorMetadata = metadata,
                Lower = lower,
                ReactRefresh = refresh,
                FileName = file,
                Module = ParseCommand.GoalFor(file) is { } goal ? goal == JavaScript.SourceType.Module : null,
            };
            var result = SourceTransformer.Transform(source, options);
            if (result.Error is { } error)
            {
                stdout.Flush();
                Console.Error.WriteLine(CodeFrame.FormatError(error, source, result.Lines).TrimEnd('\n'));
                failed = true;
                continue;
            }
            stdout.Write(result.Code);
            if (result.Code.Length > 0 && result.Code[^1] != '\n')
                stdout.Write('\n');
        }
        return failed ? 1 : 0;
    }
}
