// Imports of names the imported module does not export, reported as webpack's
// HarmonyImportDependency does: a warning with the possible exports, at the use, and an error in
// a strict ES module (.mjs).

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ExportsPresenceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-exports-presence-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    private Core.Stats.BuildStats Build(string entry, string extra = "")
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "development", "devtool": false, "target": "node", "entry": "{{entry}}"{{extra}} }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return SharpackPlugins.CreateCompiler(result.Options!, []).Run();
    }

    [Fact]
    public void Missing_named_namespace_and_default_imports_are_warnings_at_their_use()
    {
        Write("lib.js", "export const present = 1;\nexport const other = 2;\n");
        Write("cjs.js", "module.exports = { anything: 1 };\n");
        Write("index.js", """
            import { missing as m, present } from './lib';
            import * as ns from './lib';
            import def from './lib';
            import { anything } from './cjs';
            console.log(m, present, ns.nope, ns.present, def, anything);
            """);
        var stats = Build("./index.js");
        Assert.Empty(stats.Errors);
        Assert.Equal(
        [
            "export 'missing' (imported as 'm') was not found in './lib' (possible exports: other, present)",
            "export 'nope' (imported as 'ns') was not found in './lib' (possible exports: other, present)",
            "export 'default' (imported as 'def') was not found in './lib' (possible exports: other, present)",
        ], stats.Warnings.Select(w => w.Message));
        Assert.Equal((5, 13), (stats.Warnings[0].Line, stats.Warnings[0].Column));
    }

    [Fact]
    public void A_strict_es_module_makes_it_an_error_and_providedExports_false_silences_it()
    {
        Write("lib.mjs", "export const present = 1;\n");
        Write("index.mjs", "import { missing } from './lib.mjs';\nconsole.log(missing);\n");
        var stats = Build("./index.mjs");
        Assert.Equal("export 'missing' (imported as 'missing') was not found in './lib.mjs' (possible exports: present)", Assert.Single(stats.Errors).Message);
        Assert.Empty(Build("./index.mjs", """, "optimization": { "providedExports": false }""").Errors);
    }

    [Theory]
    [InlineData("""{ "exportsPresence": "error" }""", 1, 0)]
    [InlineData("""{ "strictExportPresence": true }""", 1, 0)]
    [InlineData("""{ "exportsPresence": "error", "importExportsPresence": "warn" }""", 0, 1)]
    [InlineData("""{ "importExportsPresence": false, "exportsPresence": "error" }""", 0, 0)]
    public void The_parser_options_choose_how_it_is_reported(string parser, int errors, int warnings)
    {
        Write("lib.js", "export const present = 1;\n");
        Write("index.js", "import { missing } from './lib';\nconsole.log(missing);\n");
        var stats = Build("./index.js", $$""", "module": { "parser": { "javascript": {{parser}} } }""");
        Assert.Equal(errors, stats.Errors.Count);
        Assert.Equal(warnings, stats.Warnings.Count);
    }

    [Fact]
    public void A_named_reexport_of_a_missing_name_is_reported_with_its_own_option()
    {
        Write("lib.js", "export const present = 1;\n");
        Write("middle.js", "export { missing as renamed, present } from './lib';\nexport * as all from './lib';\n");
        Write("index.js", "import * as m from './middle';\nconsole.log(m);\n");
        var stats = Build("./index.js");
        Assert.Equal("export 'missing' (reexported as 'renamed') was not found in './lib' (possible exports: present)", Assert.Single(stats.Warnings).Message);
        var strict = Build("./index.js", """, "module": { "parser": { "javascript": { "reexportExportsPresence": "error", "exportsPresence": false } } }""");
        Assert.Single(strict.Errors);
        Assert.Empty(strict.Warnings);
    }

    [Fact]
    public void A_build_with_errors_still_reports_missing_exports_but_not_of_a_module_that_failed()
    {
        Write("lib.js", "export const present = 1;\n");
        Write("broken.js", "export const x = ;\n");
        Write("index.js", "import { missing } from './lib';\nimport { x } from './broken';\nconsole.log(missing, x);\n");
        var stats = Build("./index.js");
        Assert.Contains(stats.Errors, e => e.File == "./broken.js");
        Assert.Equal("export 'missing' (imported as 'missing') was not found in './lib' (possible exports: present)", Assert.Single(stats.Warnings).Message);
    }
}
