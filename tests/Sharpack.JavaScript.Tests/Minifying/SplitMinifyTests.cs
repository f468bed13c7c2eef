// JsMinifier.MinifySplit: a file whose closed functions (a bundle's module functions) are minified
// apart, in parallel, runs as the original does; the code around them never hides a global they
// read; a function that reads a binding around it, a direct eval, or a function that is not one
// makes it decline (null), so the caller minifies whole; the strictness around a function holds
// inside it; every renamed token's mapping points at its name in the source.

using System.Diagnostics;
using Sharpack.JavaScript.Minifying;

namespace Sharpack.JavaScript.Tests.Minifying;

public sealed class SplitMinifyTests
{
    // A webpack-like bundle: a modules table of a function, an arrow and a shorthand method, and a
    // runtime whose locals get short names. Module 2 reads the global `e`.
    private const string Bundle = """
        globalThis.e = 1;
        (function () {
          "use strict";
          var moduleTable = {
            1: function (module, exports, require) {
              var longLocalName = 20;
              module.exports = longLocalName + require(2).value;
            },
            2: (module) => {
              const anotherLongName = { value: 21 + e };
              module.exports = anotherLongName;
            },
            3(module) {
              var describedValue = typeof globalThing;
              module.exports = describedValue;
            }
          };
          var moduleCache = {};
          function require(moduleId) {
            if (moduleCache[moduleId]) return moduleCache[moduleId].exports;
            var module = moduleCache[moduleId] = { exports: {} };
            moduleTable[moduleId](module, module.exports, require);
            return module.exports;
          }
          console.log(require(1), require(3));
        })();
        """;

    private static FunctionSpan[] Spans(string source)
    {
        var first = source.IndexOf("function (module, exports", StringComparison.Ordinal);
        var second = source.IndexOf("(module) =>", StringComparison.Ordinal);
        var third = source.IndexOf("(module) {", StringComparison.Ordinal);
        return
        [
            new FunctionSpan(first, EndOf(source, first), false),
            new FunctionSpan(second, EndOf(source, second), false),
            new FunctionSpan(third, EndOf(source, third), true),
        ];
    }

    // After the `}` that closes the first `{` from `start` (the test sources have no braces in strings).
    private static int EndOf(string source, int start)
    {
        var depth = 0;
        for (var i = source.IndexOf('{', start); i < source.Length; i++)
        {
            if (source[i] == '{')
                depth++;
            else if (source[i] == '}' && --depth == 0)
                return i + 1;
        }
        throw new InvalidOperationException("unbalanced");
    }

    [Fact]
    public void Closed_functions_minified_apart_run_as_the_original()
    {
        var result = JsMinifier.MinifySplit(Bundle, Spans(Bundle), new MinifyOptions { SourceType = SourceType.Script });
        Assert.NotNull(result);
        var code = result!.Code!;
        Assert.DoesNotContain("longLocalName", code, StringComparison.Ordinal);
        Assert.DoesNotContain("anotherLongName", code, StringComparison.Ordinal);
        Assert.DoesNotContain("describedValue", code, StringComparison.Ordinal);
        Assert.DoesNotContain("__sharpack_piece", code, StringComparison.Ordinal);
        Assert.Contains("3(", code, StringComparison.Ordinal);
        Assert.Equal(Run(Bundle), Run(code));
        Assert.Equal("42 undefined\n", Run(code));
    }

    [Fact]
    public void The_code_around_the_functions_gives_no_local_the_name_of_a_global_they_read()
    {
        var result = JsMinifier.MinifySplit(Bundle, Spans(Bundle), new MinifyOptions { SourceType = SourceType.Script })!;
        // The runtime's locals are renamed, none of them to `e`, which module 2 reads.
        Assert.DoesNotContain("moduleCache", result.Code!, StringComparison.Ordinal);
        Assert.DoesNotContain("var e", result.Code!, StringComparison.Ordinal);
        Assert.DoesNotContain("function e(", result.Code!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_that_reads_a_binding_around_it_is_not_split()
    {
        var source = Bundle.Replace("var longLocalName = 20;", "var longLocalName = moduleCache ? 20 : 0;", StringComparison.Ordinal);
        Assert.Null(JsMinifier.MinifySplit(source, Spans(source), new MinifyOptions { SourceType = SourceType.Script }));
        Assert.NotNull(JsMinifier.Minify(source, new MinifyOptions { SourceType = SourceType.Script }).Code);
    }

    [Fact]
    public void A_direct_eval_or_a_span_that_is_no_function_declines()
    {
        var eval = Bundle.Replace("var longLocalName = 20;", "var longLocalName = eval('20');", StringComparison.Ordinal);
        Assert.Null(JsMinifier.MinifySplit(eval, Spans(eval), new MinifyOptions { SourceType = SourceType.Script }));
        var spans = Spans(Bundle);
        spans[0] = spans[0] with { Start = spans[0].Start + 2 };
        Assert.Null(JsMinifier.MinifySplit(Bundle, spans, new MinifyOptions { SourceType = SourceType.Script }));
    }

    [Fact]
    public void A_function_is_minified_in_the_strictness_around_it()
    {
        // A legacy octal literal is an error only in strict code: the span inherits "use strict".
        var octal = Bundle.Replace("var longLocalName = 20;", "var longLocalName = 024;", StringComparison.Ordinal);
        Assert.Null(JsMinifier.MinifySplit(octal, Spans(octal), new MinifyOptions { SourceType = SourceType.Script }));
        var sloppy = octal.Replace("\"use strict\";", "", StringComparison.Ordinal);
        var result = JsMinifier.MinifySplit(sloppy, Spans(sloppy), new MinifyOptions { SourceType = SourceType.Script });
        Assert.NotNull(result);
        Assert.Equal("42 undefined\n", Run(result!.Code!));
    }

    [Fact]
    public void Mappings_lead_each_renamed_name_back_to_its_source()
    {
        var result = JsMinifier.MinifySplit(Bundle, Spans(Bundle), new MinifyOptions { SourceType = SourceType.Script, RecordMappings = true })!;
        var code = result.Code!;
        var named = 0;
        var last = -1;
        foreach (var mapping in result.Mappings)
        {
            Assert.True(mapping.Output >= last, $"mapping at {mapping.Output} after {last}");
            last = mapping.Output;
            Assert.InRange(mapping.Source, 0, Bundle.Length);
            if (mapping.Name is not { } name)
                continue;
            named++;
            Assert.True(Bundle.AsSpan(mapping.Source).StartsWith(name, StringComparison.Ordinal), $"{name} maps to '{Bundle.Substring(mapping.Source, Math.Min(20, Bundle.Length - mapping.Source))}'");
            Assert.True(char.IsAsciiLetter(code[mapping.Output]) || code[mapping.Output] is '_' or '$', $"{name} is printed as '{code[mapping.Output]}'");
        }
        Assert.True(named >= 6, $"{named} renamed tokens mapped: {code}");
        // Names of the code around the functions and of the functions themselves.
        foreach (var name in new[] { "moduleCache", "moduleId", "module", "require" })
            Assert.True(result.Mappings.Any(m => m.Name == name), $"{name} unmapped in {code}");
    }

    private static string Run(string script)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("node ran over a minute");
        }
        Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
