// The React Refresh transform against react-refresh/babel: each program of Programs/ is
// transformed by both (tests/fixtures/react-refresh-reference.cjs for Babel's), run by
// tests/fixtures/react-refresh-harness.mjs with recording $RefreshReg$/$RefreshSig$, its App
// rendered; both must register the same components under the same ids and sign the same
// functions with the same keys, in the same order.

using Sharpack.JavaScript.Tests.Support;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.JavaScript.Tests.ReactRefresh;

public sealed class ReactRefreshTests
{
    private static string Programs => Path.Combine(RepoPaths.TestSources, "ReactRefresh", "Programs");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(Programs).Select(static file => Path.GetFileName(file)).Where(static name => name.EndsWith(".jsx", StringComparison.Ordinal) || name.EndsWith(".tsx", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void TheProgramsAreThere() => Assert.True(Cases().Count >= 3);

    [Theory]
    [MemberData(nameof(Cases))]
    public void RegistersAndSignsAsReactRefreshBabelDoes(string program)
    {
        var path = Path.Combine(Programs, program);
        var result = SourceTransformer.Transform(File.ReadAllText(path), new TransformOptions
        {
            TypeScript = program.EndsWith(".tsx", StringComparison.Ordinal),
            Jsx = true,
            JsxRuntime = JsxRuntime.Automatic,
            ReactRefresh = true,
            FileName = path,
        });
        Assert.True(result.Error is null, result.Error?.ToString());
        var folder = Path.Combine(RepoPaths.Fixtures, ".tmp", $"refresh-{Path.GetFileNameWithoutExtension(program)}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(Path.Combine(Programs, "hooks.mjs"), Path.Combine(folder, "hooks.mjs"), overwrite: true);
            File.WriteAllText(Path.Combine(folder, "sharpack.mjs"), result.Code);
            File.WriteAllText(Path.Combine(folder, "babel.mjs"), Node(folder, Path.Combine(RepoPaths.Fixtures, "react-refresh-reference.cjs"), path));
            var expected = Node(folder, Path.Combine(RepoPaths.Fixtures, "react-refresh-harness.mjs"), "babel.mjs");
            Assert.Contains("\"register\"", expected);
            Assert.Equal(expected, Node(folder, Path.Combine(RepoPaths.Fixtures, "react-refresh-harness.mjs"), "sharpack.mjs"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WritesRegistrationsAndSignaturesAsReactRefreshDoes()
    {
        var result = SourceTransformer.Transform(
            "import { useState } from 'react';\nexport function App() {\n  const [n, setN] = useState(0);\n  return n;\n}\nexport const Memo = memo(() => null);\n",
            new TransformOptions { ReactRefresh = true, Module = true });
        Assert.Null(result.Error);
        Assert.Equal(
            "var _s = $RefreshSig$();\nimport { useState } from 'react';\nexport function App() {_s();\n  const [n, setN] = useState(0);\n  return n;\n}\n" +
            "_s(App, \"useState{[n, setN](0)}\");\n_c = App;\nexport const Memo = memo(_c2 = () => null);\n_c3 = Memo;\n\n" +
            "var _c, _c2, _c3;\n$RefreshReg$(_c, \"App\");\n$RefreshReg$(_c2, \"Memo$memo\");\n$RefreshReg$(_c3, \"Memo\");\n",
            result.Code);
    }

    [Fact]
    public void KeepsAFunctionsDirectivesFirst()
    {
        var result = SourceTransformer.Transform(
            "export function App() {\n  'use strict';\n  const [n] = useState(0);\n  return n;\n}\n",
            new TransformOptions { ReactRefresh = true, Module = true });
        Assert.Null(result.Error);
        Assert.Contains("export function App() {\n  'use strict';_s();\n", result.Code);
    }

    private static string Node(string folder, string script, string argument)
    {
        var (exitCode, stdout, stderr) = NodeModuleRunner.Node(folder, script, argument);
        Assert.True(exitCode == 0, $"{Path.GetFileName(script)} {argument} exited with {exitCode}:\n{stderr}");
        return stdout;
    }
}
