// `sharpack minify`: minifies files like `terser` or `esbuild --minify`, in parallel. One file
// goes to stdout (or -o OUT); several go to --outdir under their own names. --source-map writes
// OUT.map beside each output and links it with a sourceMappingURL comment.

using System.Text;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Minifying;
using Sharpack.Plugins.Minify;
using Sharpack.Sources;

namespace Sharpack.Cli;

/// <summary>The <c>minify</c> command.</summary>
public static class MinifyCommand
{
    private const string Usage = """
        usage: sharpack minify [--module|--script] [--source-map] [--no-mangle] [--no-compress] [--toplevel] [--ascii-only] [--comments none|some] [--time [--repeat N]] FILE... [-o OUT | --outdir DIR]
          the goal comes from the flag, else from the name (.mjs module, .cjs script), else from the content;
          without -o or --outdir one file is written to stdout; --source-map writes OUT.map beside each output,
          through the map the input names in its sourceMappingURL comment when there is one;
          --time prints each file's minify time
          (parse, compress, mangle, print; no file I/O) to stderr as `time FILE MS`, the median of N runs with --repeat
        """;

    /// <summary>Runs the command on the console.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        return Run(args, stdout, Console.Error);
    }

    /// <summary>Runs the command; 0 when every file was minified, 1 on a syntax or file error, 2 for bad usage.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        SourceType? goal = null;
        var sourceMap = false;
        var mangle = true;
        var compress = true;
        var time = false;
        var repeat = 1;
        var topLevel = false;
        var asciiOnly = false;
        var comments = JavaScript.Printing.CommentPolicy.Legal;
        string? output = null, outdir = null;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--module": goal = SourceType.Module; break;
                case "--script": goal = SourceType.Script; break;
                case "--source-map": sourceMap = true; break;
                case "--no-mangle": mangle = false; break;
                case "--no-compress": compress = false; break;
                case "--time": time = true; break;
                case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], out var runs) && runs > 0:
                    repeat = runs;
                    i++;
                    break;
                case "--toplevel": topLevel = true; break;
                case "--ascii-only": asciiOnly = true; break;
                case "--comments" when i + 1 < args.Length && args[i + 1] is "none" or "some":
                    comments = args[++i] == "none" ? JavaScript.Printing.CommentPolicy.None : JavaScript.Printing.CommentPolicy.Legal;
                    break;
                case "-o" or "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--outdir" when i + 1 < args.Length: outdir = args[++i]; break;
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    if (arg.StartsWith('-'))
                    {
                        stderr.WriteLine($"sharpack minify: unknown or incomplete option '{arg}'\n{Usage}");
                        return 2;
                    }
                    files.Add(arg);
                    break;
            }
        }
        if (files.Count == 0 || (output is not null && outdir is not null) || (files.Count > 1 && outdir is null))
        {
            stderr.WriteLine(files.Count > 1 && outdir is null
                ? $"sharpack minify: several files need --outdir\n{Usage}"
                : Usage);
            return 2;
        }
        if (sourceMap && output is null && outdir is null)
        {
            stderr.WriteLine("sharpack minify: --source-map needs -o or --outdir (the map is written beside the output)");
            return 2;
        }

        var results = new (string? Text, string? Error, string? Time)[files.Count];
        ParallelRunner.Run(files.Count, index =>
        {
            var file = files[index];
            var target = outdir is not null ? Path.Combine(outdir, Path.GetFileName(file)) : output;
            results[index] = MinifyOne(file, target, time ? repeat : 0, new MinifyOptions
            {
                SourceType = goal ?? ParseCommand.GoalFor(file),
                Mangle = mangle ? new MangleOptions { TopLevel = topLevel } : null,
                Compress = compress,
                AsciiOnly = asciiOnly,
                Comments = comments,
                FileName = file,
                RecordMappings = sourceMap,
            });
        });

        var failed = false;
        foreach (var (text, error, timing) in results)
        {
            if (timing is not null)
                stderr.WriteLine(timing);
            if (error is not null)
            {
                stderr.WriteLine(error);
                failed = true;
            }
            else if (text is not null)
            {
                stdout.Write(text);
                stdout.Write('\n');
            }
        }
        return failed ? 1 : 0;
    }

    // The minified file's map through the input's own: its sources, absolute paths from the
    // extractor, named relative to the output's folder.
    private static SourceMap? Chained(string code, string name, SourceMap map, string input, SourceMap inputMap, string outputFolder, string file)
    {
        var chained = new SourceMapSource(code, name, map, input, inputMap, removeOriginalSource: true).GetMap();
        if (chained is null)
            return null;
        var sources = new string?[chained.Sources.Count];
        for (var i = 0; i < sources.Length; i++)
        {
            var source = chained.Sources[i];
            sources[i] = source is not null && Path.IsPathRooted(source) ? Path.GetRelativePath(outputFolder, source).Replace('\\', '/') : source;
        }
        return new SourceMap
        {
            File = file,
            Mappings = chained.Mappings,
            Sources = sources,
            SourcesContent = chained.SourcesContent,
            Names = chained.Names,
        };
    }

    // The minified text to print (when there is no target), or the error; a target is written here.
    // repeat: 0 for no timing, else how many times to minify for the median time.
    private static (string? Text, string? Error, string? Time) MinifyOne(string file, string? target, int repeat, MinifyOptions options)
    {
        var (source, readError) = ParseCommand.ReadSource(file);
        if (source is null)
            return (null, $"{file}: error: {readError}", null);
        // With --source-map, the map the input names (its sourceMappingURL comment) goes on the
        // output's, so that the minified file maps to the input's own sources (as terser's
        // content=auto and esbuild do); one that cannot be read is a warning.
        SourceMap? inputMap = null;
        string? warning = null;
        if (options.RecordMappings && target is not null)
        {
            var extracted = Sharpack.Core.Make.SourceMapExtractor.TryExtract(source, Path.GetFullPath(file), Sharpack.Resolver.PhysicalFileSystem.Instance, [], out var mapError);
            try
            {
                if (extracted?.SourceMap is { } json)
                    inputMap = SourceMap.Parse(json);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException)
            {
                mapError = e.Message;
            }
            if (mapError is not null)
                warning = $"{file}: warning: the input's source map is not used: {mapError}";
        }
        var times = new double[Math.Max(1, repeat)];
        MinifyResult result = null!;
        for (var i = 0; i < times.Length; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            result = JsMinifier.Minify(source, options);
            times[i] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(times);
        var timing = repeat > 0 ? $"time {file} {times[times.Length / 2].ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}" : null;
        if (warning is not null)
            timing = timing is null ? warning : warning + "\n" + timing;
        if (result.Error is { } error)
            return (null, CodeFrame.FormatError(error, source, new LineTable(source)).TrimEnd('\n'), timing);
        var code = result.Code!;
        if (target is null)
            return (code, null, timing);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            if (options.RecordMappings)
            {
                var mapFile = target + ".map";
                var outputFolder = Path.GetDirectoryName(Path.GetFullPath(target))!;
                var sourceName = Path.GetRelativePath(outputFolder, Path.GetFullPath(file)).Replace('\\', '/');
                var map = MinifiedSourceMap.Build(source, code, result.Mappings, sourceName, Path.GetFileName(target));
                if (map is not null && inputMap is not null)
                    map = Chained(code, sourceName, map, source, inputMap, outputFolder, Path.GetFileName(target));
                if (map is not null)
                {
                    File.WriteAllText(mapFile, map.ToJson());
                    code += "\n//# sourceMappingURL=" + Path.GetFileName(mapFile);
                }
            }
            File.WriteAllText(target, code + "\n", new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{target}: error: cannot write file: {e.Message}", timing);
        }
        return (null, null, timing);
    }
}
