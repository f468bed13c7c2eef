// Real libraries minified file by file behave as the originals: each package of
// tests/fixtures/node_modules a case needs is copied with every JavaScript file minified (names
// mangled, top level too in modules), and a script run in node against the original packages and
// against the minified copies must print the same.

using System.Diagnostics;
using Sharpack.JavaScript.Minifying;
using Sharpack.JavaScript.Tests.Support;

namespace Sharpack.JavaScript.Tests.Minifying;

public sealed class MinifiedLibraryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-minified-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string, string[], string> Cases => new()
    {
        {
            "react-dom-server",
            ["react", "react-dom", "scheduler"],
            """
            const React = require("react");
            const { renderToString } = require("react-dom/server");
            function Item({ n }) { const [v] = React.useState(n * 2); return React.createElement("li", { className: "i" + n }, "item ", v); }
            function App() { const items = React.useMemo(() => [1, 2, 3].map((n) => React.createElement(Item, { key: n, n })), []);
              return React.createElement("div", null, React.createElement("h1", { style: { color: "red" } }, "<Hello & bye>"), React.createElement("ul", null, items)); }
            console.log(renderToString(React.createElement(App)));
            """
        },
        {
            "lodash-es.mjs",
            ["lodash-es"],
            """
            import { chunk, debounce, merge, template, sortBy, groupBy, camelCase, cloneDeep, isEqual, range, uniqBy, get } from "lodash-es";
            const t = template("hello <%= user %>! <% for (const x of list) { %><%- x %>,<% } %>");
            console.log(JSON.stringify([chunk(range(10), 3), merge({ a: { b: 1 } }, { a: { c: 2 } }), t({ user: "ada", list: ["<a>", "b"] }),
              sortBy([{ n: 3 }, { n: 1 }], "n"), groupBy(["one", "two", "three"], "length"), camelCase("Foo Bar-baz"),
              isEqual(cloneDeep({ x: [1, { y: 2 }] }), { x: [1, { y: 2 }] }), uniqBy([2.1, 1.2, 2.3], Math.floor), get({ a: [{ b: 5 }] }, "a[0].b")]));
            const d = debounce((x) => console.log("debounced", x), 5); d(1); d(2);
            """
        },
        {
            "rxjs",
            ["rxjs", "tslib"],
            """
            const { of, from, map, filter, scan, mergeMap, take, toArray, firstValueFrom, Subject, distinctUntilChanged } = require("rxjs");
            (async () => {
              console.log(await firstValueFrom(of(1, 2, 3, 4, 5).pipe(map((x) => x * 10), filter((x) => x > 10), scan((a, b) => a + b, 0), toArray())));
              console.log(await firstValueFrom(from([1, 2]).pipe(mergeMap((x) => of(x, x + 100)), take(3), toArray())));
              const s = new Subject(); const seen = []; s.pipe(distinctUntilChanged()).subscribe((v) => seen.push(v)); [1, 1, 2, 2, 1].forEach((v) => s.next(v)); console.log(seen);
            })();
            """
        },
        {
            "date-fns.mjs",
            ["date-fns"],
            """
            import { format, addDays, differenceInCalendarDays, parseISO, eachDayOfInterval, formatDistanceStrict } from "date-fns";
            const d = parseISO("2024-02-27T10:20:30Z");
            console.log(format(addDays(d, 3), "yyyy-MM-dd EEEE"), differenceInCalendarDays(addDays(d, 40), d),
              eachDayOfInterval({ start: d, end: addDays(d, 3) }).length, formatDistanceStrict(d, addDays(d, 400)));
            """
        },
        {
            "typescript",
            ["typescript"],
            """
            const ts = require("typescript");
            const source = "enum E { A = 1, B } export abstract class C<T> { constructor(private readonly x: T) {} m?(): void; } const f = async <T,>(a: T): Promise<T> => a;";
            console.log(ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 } }).outputText);
            """
        },
        {
            "three.mjs",
            ["three"],
            """
            import * as T from "three";
            const v = new T.Vector3(1, 2, 3).applyMatrix4(new T.Matrix4().makeRotationY(0.5)).normalize();
            const g = new T.BoxGeometry(1, 2, 3, 2, 2, 2); g.computeBoundingSphere();
            const o = new T.Object3D(); o.add(new T.Mesh(g, new T.MeshBasicMaterial({ color: 0xff0000 }))); o.updateMatrixWorld(true);
            console.log(JSON.stringify([v.toArray(), new T.Quaternion().setFromEuler(new T.Euler(0.1, 0.2, 0.3)).toArray(), g.boundingSphere.radius,
              new T.Color("#ff8800").getHSL({}), o.children[0].material.color.getHexString(), new T.Box3().setFromObject(o).max.toArray()]));
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_minified_library_behaves_as_the_original(string name, string[] packages, string script)
    {
        var modules = Path.Combine(_root, "node_modules");
        long before = 0, after = 0;
        foreach (var package in packages)
        {
            var (sourceBytes, minifiedBytes) = CopyMinified(RepoPaths.Package(package), Path.Combine(modules, package));
            before += sourceBytes;
            after += minifiedBytes;
        }
        var file = name.EndsWith(".mjs", StringComparison.Ordinal) ? "case.mjs" : "case.js";
        var originalCase = Path.Combine(RepoPaths.Fixtures, "sharpack-minify-" + name + "-" + Environment.ProcessId + Path.GetExtension(file));
        File.WriteAllText(Path.Combine(_root, file), script);
        File.WriteAllText(originalCase, script);
        try
        {
            var expected = Run(originalCase);
            var actual = Run(Path.Combine(_root, file));
            Assert.Equal(expected, actual);
        }
        finally
        {
            File.Delete(originalCase);
        }
        Assert.True(after < before * 0.75, $"{name}: minified {after} bytes of {before}");
    }

    // Copies a package, minifying its JavaScript files; returns the bytes of those files before and after.
    private static (long Before, long After) CopyMinified(string from, string to)
    {
        long before = 0, after = 0;
        var failures = new Failures();
        var files = Directory.GetFiles(from, "*", SearchOption.AllDirectories);
        Parallel.ForEach(files, path =>
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var extension = Path.GetExtension(path);
            if (extension is not (".js" or ".mjs" or ".cjs"))
            {
                File.Copy(path, target);
                return;
            }
            var source = File.ReadAllText(path);
            SourceType? goal = extension switch { ".mjs" => SourceType.Module, ".cjs" => SourceType.Script, _ => null };
            var result = JsMinifier.Minify(source, new MinifyOptions { SourceType = goal, FileName = path });
            if (result.Code is null)
            {
                // Not JavaScript of either goal (a template or a fixture): copied as it is.
                File.Copy(path, target);
                return;
            }
            File.WriteAllText(target, result.Code);
            Interlocked.Add(ref before, source.Length);
            Interlocked.Add(ref after, result.Code.Length);
        });
        failures.ThrowIfAny("files failed");
        return (before, after);
    }

    private static string Run(string script)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(script)! };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} ran over a minute");
        }
        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
