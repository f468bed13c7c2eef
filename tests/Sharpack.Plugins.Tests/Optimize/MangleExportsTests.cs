// optimization.mangleExports (webpack's MangleExportsPlugin): exports whose module is never used
// as a whole object get short names — hashed from the name ("deterministic", the production
// default) or a, b, c… ("size") — and every reader uses them (a namespace used whole through an
// object of the original names); one- and two-character names keep theirs. Each bundle runs.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class MangleExportsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-mangle-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    private (string Bundle, string Output) Build(string mangleExports)
    {
        var config = JsonNode.Parse($$"""{ "mode": "production", "devtool": false, "target": "node", "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "inlineExports": false, "mangleExports": {{mangleExports}} } }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        var (code, output) = TestPaths.RunNode(dist, "main.js");
        Assert.True(code == 0, output);
        return (File.ReadAllText(Path.Combine(dist, "main.js")), output);
    }

    private void WriteProject()
    {
        Write("index.js", "import { firstLongName, secondLongName, ab } from './lib';\nimport * as whole from './whole';\nimport { ns } from './barrel';\n" +
            "console.log(firstLongName, secondLongName(), ab, Object.keys(whole).join(), ns.nestedName);\n");
        Write("lib.js", "export const firstLongName = 'FIRST';\nexport function secondLongName() { return 'SECOND'; }\nexport const ab = 'AB';\nexport const unusedLongName = 0;\n");
        Write("whole.js", "export const wholeName = 'W';\n");
        Write("barrel.js", "export * as ns from './nested';\n");
        Write("nested.js", "export const nestedName = 'NESTED';\nexport const otherNested = 1;\n");
    }

    [Theory]
    [InlineData("\"deterministic\"")]
    [InlineData("true")]
    [InlineData("\"size\"")]
    public void Exports_get_short_names_that_every_reader_uses(string mode)
    {
        WriteProject();
        var (bundle, output) = Build(mode);
        Assert.Equal("FIRST SECOND AB wholeName NESTED\n", output);
        // Renamed: the definition's key is not the name; the reader says which name it reads.
        Assert.DoesNotContain("firstLongName: ()", bundle, StringComparison.Ordinal);
        Assert.Contains("/* .firstLongName */ .", bundle, StringComparison.Ordinal);
        // Kept: two characters (deterministic only). A namespace used whole is renamed too: the
        // value escaping gets an object of the original names (webpack's materialized namespace).
        if (mode != "\"size\"")
            Assert.Contains("\"ab\", 0, /* binding */ ab", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("\"wholeName\", 0", bundle, StringComparison.Ordinal);
        Assert.Contains("_namespace_object, {\n\twholeName: () => (_whole__WEBPACK_IMPORTED_MODULE_1__.", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_mode_names_used_exports_a_b_c_in_name_order()
    {
        WriteProject();
        var (bundle, _) = Build("\"size\"");
        Assert.Contains("\"a\", 0, /* binding */ ab", bundle, StringComparison.Ordinal);
        Assert.Contains("\"b\", 0, /* binding */ firstLongName", bundle, StringComparison.Ordinal);
        Assert.Contains("c: () => (/* binding */ secondLongName)", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_mangleExports_names_stay()
    {
        WriteProject();
        var (bundle, _) = Build("false");
        Assert.Contains("\"firstLongName\", 0, /* binding */ firstLongName", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("/* .firstLongName */", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_destructured_namespace_uses_only_its_keys_which_are_written_with_the_used_names()
    {
        // webpack's referencedPropertiesInDestructuring: the keys read are the exports used (the
        // rest is left out) and keep mangling; a shorthand key keeps its local name.
        Write("index.js", "import * as lib from './lib';\nconst { firstLongName, secondLongName: second, [\"ab\"]: ab } = lib;\n" +
            "let later;\n({ firstLongName: later } = lib);\nconsole.log(firstLongName, second(), ab, later);\n");
        Write("lib.js", "export const firstLongName = 'FIRST';\nexport function secondLongName() { return 'SECOND'; }\nexport const ab = 'AB';\nexport const unusedLongName = 'UNUSED';\n");
        var (bundle, output) = Build("\"size\"");
        Assert.Equal("FIRST SECOND AB FIRST\n", output);
        Assert.Contains("{ /* firstLongName */ \"b\": firstLongName, /* secondLongName */ \"c\": second, [/* ab */ \"a\"]: ab }", bundle, StringComparison.Ordinal);
        Assert.Contains("({ /* firstLongName */ \"b\": later }", bundle, StringComparison.Ordinal);
        Assert.Contains("unused harmony export unusedLongName", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_chain_through_a_reexported_namespace_writes_the_used_names_of_its_exports()
    {
        // webpack's trimmed ids: `ns.inner.longExportName` names exports up to the export whose
        // value is read (written with dots and used names, so the inner module's exports are
        // mangled too); the property after it stays as written.
        Write("index.js", "import * as ns from './barrel';\nconsole.log(ns.inner.longExportName.prop, ns.inner[\"otherLongName\"][\"prop\"]);\n");
        Write("barrel.js", "import * as inner from './inner';\nexport { inner };\nconsole.log('barrel');\n");
        Write("inner.js", "export const longExportName = { prop: 1 };\nexport const otherLongName = { prop: 2 };\n");
        var (bundle, output) = Build("\"size\"");
        Assert.Equal("barrel\n1 2\n", output);
        Assert.Contains("/* .inner.longExportName */ .a.a.prop", bundle, StringComparison.Ordinal);
        Assert.Contains("/* .inner.otherLongName */ .a.b[\"prop\"]", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_read_past_a_side_effect_free_reexport_escapes_with_its_original_names()
    {
        // webpack: the side-effects optimization points `enumsNs` at enums.js's namespace, which
        // then escapes mangleably: the exports are renamed, the escaping value keeps the names.
        Write("package.json", "{ \"sideEffects\": false }");
        Write("index.js", "import { enumsNs } from './reexport';\nconst get = () => enumsNs;\nconsole.log(Object.keys(get()).join(), get().ENUM_LONG_NAME);\n");
        Write("reexport.js", "export * as enumsNs from './enums';\n");
        Write("enums.js", "export const ENUM_LONG_NAME = 'first';\nexport const OTHER_LONG_NAME = 'second';\n");
        var (bundle, output) = Build("\"size\"");
        Assert.Equal("ENUM_LONG_NAME,OTHER_LONG_NAME first\n", output);
        Assert.DoesNotContain("\"ENUM_LONG_NAME\", 0", bundle, StringComparison.Ordinal);
        Assert.Contains("_namespace_object, {\n\tENUM_LONG_NAME: () => (", bundle, StringComparison.Ordinal);
    }
}
