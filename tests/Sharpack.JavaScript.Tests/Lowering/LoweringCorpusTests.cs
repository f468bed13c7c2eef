// Real packages lowered to ES2015: every JavaScript file of them lowers into code that parses and
// uses none of the syntax ES2015 lacks; meriyah and zod, lowered, then run as they run unlowered.

using Sharpack.JavaScript.Tests.Support;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.JavaScript.Tests.Lowering;

public sealed class LoweringCorpusTests
{
    private static List<string> Files(string package) =>
        [.. Directory.EnumerateFiles(RepoPaths.Package(package), "*", SearchOption.AllDirectories)
            .Where(static f => (f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".mjs", StringComparison.Ordinal) || f.EndsWith(".cjs", StringComparison.Ordinal))
                && f.LastIndexOf("node_modules", StringComparison.Ordinal) == f.IndexOf("node_modules", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("zod", 200)]
    [InlineData("three/src", 500)]
    [InlineData("meriyah/dist", 3)]
    [InlineData("date-fns", 1000)]
    [InlineData("@babel", 30)]
    public void LowersEveryFileToES2015(string package, int atLeast)
    {
        var files = Files(package);
        Assert.True(files.Count >= atLeast, $"{files.Count} files in {package}");
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var lowered = 0;
        Parallel.ForEach(files, file =>
        {
            var source = File.ReadAllText(file);
            var result = SourceTransformer.Transform(source, new TransformOptions { Lower = SyntaxFeatures.All, FileName = file });
            if (result.Error is { } error)
            {
                failures.Add(error.ToString());
                return;
            }
            if (!ReferenceEquals(result.Code, source) && result.Code != source)
                Interlocked.Increment(ref lowered);
            var reparsed = JavaScriptParser.ParseDetectingGoal(result.Code, new ParseOptions { FileName = file });
            if (reparsed.Error is { } reparseError)
                failures.Add($"{file}: the lowered code does not parse: {reparseError.Message} at {reparseError.Line}:{reparseError.Column}");
            else if (SyntaxFeatureScanner.Scan(reparsed.Program!, result.Code) is var left && left != SyntaxFeatures.None)
                failures.Add($"{file}: still uses {left}");
        });
        Assert.Empty(failures);
        Assert.True(lowered > 0, "nothing was lowered");
    }

    [Theory]
    [InlineData("rxjs/src", 200)]
    [InlineData("zod/src", 100)]
    public void LowersTypeScriptSourcesToES2015(string package, int atLeast)
    {
        var files = Directory.EnumerateFiles(RepoPaths.Package(package), "*.ts", SearchOption.AllDirectories)
            .Where(static f => !f.EndsWith(".d.ts", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= atLeast, $"{files.Count} files in {package}");
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var result = SourceTransformer.Transform(File.ReadAllText(file), new TransformOptions { TypeScript = true, Lower = SyntaxFeatures.All, FileName = file });
            if (result.Error is { } error)
            {
                failures.Add(error.ToString());
                return;
            }
            var reparsed = JavaScriptParser.ParseDetectingGoal(result.Code, new ParseOptions { FileName = file });
            if (reparsed.Error is { } reparseError)
                failures.Add($"{file}: the lowered code does not parse: {reparseError.Message} at {reparseError.Line}:{reparseError.Column}");
            else if (SyntaxFeatureScanner.Scan(reparsed.Program!, result.Code) is var left && left != SyntaxFeatures.None)
                failures.Add($"{file}: still uses {left}");
        });
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    [Fact]
    public void LoweredMeriyahParsesAsItDoes() => Assert.Equal(RunPackageScript("meriyah", Meriyah, lower: false), RunPackageScript("meriyah", Meriyah, lower: true));

    [Fact]
    public void LoweredZodValidatesAsItDoes() => Assert.Equal(RunPackageScript("zod", Zod, lower: false), RunPackageScript("zod", Zod, lower: true));

    // three's ES module build (2.9 MB in two files; its `**` and object spreads are what gets lowered).
    [Fact]
    public void LoweredThreeComputesAsItDoes()
    {
        string[] files = ["package.json", "build/three.module.js", "build/three.core.js"];
        var expected = RunPackageScript("three", Three, lower: false, files);
        Assert.Contains("[", expected);
        Assert.Equal(expected, RunPackageScript("three", Three, lower: true, files));
    }

    private const string Meriyah = """
        import { parseModule } from "meriyah";
        const source = "class A { #x = 1; static { this.y = a?.b ?? c; } } export const f = async ({ a, ...rest }) => a ** 2;";
        console.log(JSON.stringify(parseModule(source, { ranges: true, next: true })));
        """;

    private const string Zod = """
        import { z } from "zod";
        const User = z.object({ name: z.string().min(2), age: z.number().int().positive().optional(), tags: z.array(z.string()).default([]) });
        for (const input of [{ name: "Ada", age: 36 }, { name: "A" }, { name: "Grace", age: -1, tags: ["x"] }, null]) {
          const result = User.safeParse(input);
          console.log(JSON.stringify(result.success ? result.data : result.error.issues.map((i) => [i.path.join("."), i.code])));
        }
        console.log(JSON.stringify(z.discriminatedUnion("k", [z.object({ k: z.literal("a"), v: z.string() }), z.object({ k: z.literal("b") })]).parse({ k: "a", v: "x" })));
        """;

    private const string Three = """
        import * as THREE from "three";
        const v = new THREE.Vector3(1, 2, 3);
        const m = new THREE.Matrix4().makeRotationX(0.5).multiply(new THREE.Matrix4().makeScale(2, 2, 2));
        const box = new THREE.Box3().setFromPoints([v, new THREE.Vector3(-1, 0, 4)]);
        const q = new THREE.Quaternion().setFromEuler(new THREE.Euler(0.1, 0.2, 0.3));
        const color = new THREE.Color("hsl(120, 50%, 50%)");
        const mesh = new THREE.Mesh(new THREE.BoxGeometry(1, 2, 3), new THREE.MeshBasicMaterial());
        mesh.geometry.computeBoundingSphere();
        console.log(JSON.stringify([v.length(), v.clone().applyMatrix4(m).toArray(), box.getSize(new THREE.Vector3()).toArray(),
          q.toArray(), color.getHexString(), mesh.geometry.boundingSphere.radius, mesh.type, THREE.REVISION]));
        """;

    // Copies the package (lowered or not; all of it, or only `only`) to a temporary node_modules and runs the script against it.
    private static string RunPackageScript(string package, string script, bool lower, string[]? only = null)
    {
        var root = Path.Combine(RepoPaths.Fixtures, ".tmp", $"lowering-{package}-{(lower ? "lowered" : "original")}-{Environment.ProcessId}");
        var target = Path.Combine(root, "node_modules", package);
        try
        {
            var sourceRoot = RepoPaths.Package(package);
            foreach (var file in Directory.EnumerateFiles(sourceRoot, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(sourceRoot, file);
                if (relative.StartsWith("node_modules", StringComparison.Ordinal) || (only is not null && !only.Contains(relative.Replace('\\', '/'))))
                    continue;
                var destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                if (lower && (file.EndsWith(".js", StringComparison.Ordinal) || file.EndsWith(".mjs", StringComparison.Ordinal) || file.EndsWith(".cjs", StringComparison.Ordinal)))
                {
                    var result = SourceTransformer.Transform(File.ReadAllText(file), new TransformOptions { Lower = SyntaxFeatures.All, FileName = file });
                    Assert.True(result.Error is null, result.Error?.ToString());
                    File.WriteAllText(destination, result.Code);
                }
                else
                {
                    File.Copy(file, destination);
                }
            }
            var scriptFile = Path.Combine(root, "script.mjs");
            File.WriteAllText(scriptFile, script);
            var (exitCode, stdout, stderr) = NodeModuleRunner.Node(root, scriptFile);
            Assert.True(exitCode == 0, $"node exited with {exitCode}:\n{stderr}");
            return stdout;
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }
}
