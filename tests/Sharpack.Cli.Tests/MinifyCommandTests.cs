// `sharpack minify`: one file to stdout, -o with a source map beside it, several files to
// --outdir, the goal from the name, and errors with a code frame and a non-zero exit.

using Sharpack.Sources;

namespace Sharpack.Cli.Tests;

public sealed class MinifyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-minify-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = MinifyCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Prints_one_file_minified()
    {
        var file = Write("a.js", "function greet(personName) {\n  // hello\n  return 'Hello, ' + personName;\n}\nconsole.log(greet('Ada'));\n");
        var (code, output, err) = Run(file);
        Assert.True(code == 0, err);
        Assert.Equal("function greet(e){return\"Hello, \"+e}console.log(greet(\"Ada\"))\n", output);
    }

    [Fact]
    public void Writes_a_source_map_beside_the_output()
    {
        var file = Write("b.mjs", "export const longName = 41;\nexport function answer() {\n  return longName + 1;\n}\n");
        var output = Path.Combine(_dir, "out", "b.min.mjs");
        var (code, _, err) = Run("--source-map", file, "-o", output);
        Assert.True(code == 0, err);
        var text = File.ReadAllText(output);
        // A module's top level is renamed, its exports keep their names.
        Assert.Contains("as longName", text, StringComparison.Ordinal);
        Assert.EndsWith("//# sourceMappingURL=b.min.mjs.map\n", text, StringComparison.Ordinal);
        var map = SourceMap.Parse(File.ReadAllText(output + ".map"));
        Assert.Equal("../b.mjs", map.Sources[0]);
        Assert.Contains("longName", map.Names);
        var at = text.IndexOf("return", StringComparison.Ordinal);
        var position = map.OriginalPositionFor(1, at);
        Assert.Equal(3, position!.Value.Line);
        Assert.Equal(2, position.Value.Column);
    }

    [Fact]
    public void The_input_s_own_source_map_is_chained_into_the_output_s()
    {
        // c.js as a compiler made it from src/c.ts: line n of c.js is line n of c.ts.
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        var typed = "export function greet(personName: string): string {\n  return `Hello, ${personName}!`;\n}\n";
        Write("src/c.ts", typed);
        Write("c.js.map", """{"version":3,"sources":["src/c.ts"],"names":[],"mappings":"AAAA;AACA;AACA"}""");
        var file = Write("c.js", "export function greet(personName) {\n  return `Hello, ${personName}!`;\n}\n//# sourceMappingURL=c.js.map\n");
        var output = Path.Combine(_dir, "out", "c.min.js");
        var (code, _, err) = Run("--source-map", file, "-o", output);
        Assert.True(code == 0, err);
        var text = File.ReadAllText(output);
        Assert.DoesNotContain("c.js.map", text, StringComparison.Ordinal);
        var map = SourceMap.Parse(File.ReadAllText(output + ".map"));
        Assert.Equal(["../src/c.ts"], map.Sources);
        Assert.Equal(typed, map.SourcesContent![0]);
        var position = map.OriginalPositionFor(1, text.IndexOf("return", StringComparison.Ordinal));
        Assert.Equal("../src/c.ts", position!.Value.Source);
        Assert.Equal(2, position.Value.Line);

        // A map the input names but that is missing: a warning, and the map leads to the input.
        File.Delete(Path.Combine(_dir, "c.js.map"));
        (code, _, err) = Run("--source-map", file, "-o", output);
        Assert.Equal(0, code);
        Assert.Contains("warning: the input's source map is not used", err, StringComparison.Ordinal);
        Assert.Equal(["../c.js"], SourceMap.Parse(File.ReadAllText(output + ".map")).Sources);
    }

    [Fact]
    public void Several_files_go_to_an_output_folder()
    {
        var a = Write("x.js", "var a = 1;");
        var b = Write("y.cjs", "module.exports = { value: 2 };");
        var outdir = Path.Combine(_dir, "min");
        var (code, _, err) = Run(a, b, "--outdir", outdir);
        Assert.True(code == 0, err);
        Assert.Equal("var a=1\n", File.ReadAllText(Path.Combine(outdir, "x.js")));
        Assert.Equal("module.exports={value:2}\n", File.ReadAllText(Path.Combine(outdir, "y.cjs")));
        Assert.Equal(2, Run(a, b).Code);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_a_code_frame()
    {
        var file = Write("bad.js", "let ok = 1;\nlet broken = (;\n");
        var (code, output, err) = Run(file);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("bad.js:2:15", err, StringComparison.Ordinal);
        Assert.Contains("> 2 | let broken = (;", err, StringComparison.Ordinal);
        Assert.Equal(1, Run(Path.Combine(_dir, "missing.js")).Code);
    }
}
