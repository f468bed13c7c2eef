// Import phases (TC39 import defer and source phase imports), parsed only when asked for:
// `import defer * as ns`, `import source x`, `import.defer()` and `import.source()`. The phase
// words stay plain identifiers everywhere else.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Estree;
using Xunit;

namespace Sharpack.JavaScript.Tests.Parsing;

public sealed class ImportPhaseTests
{
    private static ParseResult Parse(string source, bool phases = true, SourceType goal = SourceType.Module) =>
        JavaScriptParser.Parse(source, new ParseOptions { SourceType = goal, ImportPhases = phases, FileName = "t.js" });

    private static ImportDeclaration Import(string source)
    {
        var result = Parse(source);
        Assert.Null(result.Error);
        return Assert.IsType<ImportDeclaration>(result.Program!.Body[0]);
    }

    [Fact]
    public void Defer_namespace_import_has_the_defer_phase()
    {
        var import = Import("import defer * as ns from \"x\";");
        Assert.Equal(ImportPhase.Defer, import.Phase);
        Assert.Equal("ns", Assert.IsType<ImportNamespaceSpecifier>(Assert.Single(import.Specifiers)).Local.Name);
    }

    [Fact]
    public void Source_import_has_the_source_phase()
    {
        var import = Import("import source mod from \"x.wasm\";");
        Assert.Equal(ImportPhase.Source, import.Phase);
        Assert.Equal("mod", Assert.IsType<ImportDefaultSpecifier>(Assert.Single(import.Specifiers)).Local.Name);
    }

    [Theory]
    [InlineData("import defer from \"x\";", "defer")]
    [InlineData("import source from \"x\";", "source")]
    [InlineData("import source from from \"x\";", "from")]
    public void Phase_words_stay_default_import_names(string source, string local)
    {
        var import = Import(source);
        var expectedPhase = local == "from" ? ImportPhase.Source : ImportPhase.Evaluation;
        Assert.Equal(expectedPhase, import.Phase);
        Assert.Equal(local, Assert.IsType<ImportDefaultSpecifier>(Assert.Single(import.Specifiers)).Local.Name);
    }

    [Theory]
    [InlineData("import.defer(\"x\")", ImportPhase.Defer)]
    [InlineData("import.source(\"x\")", ImportPhase.Source)]
    [InlineData("import(\"x\")", ImportPhase.Evaluation)]
    public void Import_calls_carry_their_phase(string source, ImportPhase phase)
    {
        var result = Parse(source, goal: SourceType.Script);
        Assert.Null(result.Error);
        var statement = Assert.IsType<ExpressionStatement>(result.Program!.Body[0]);
        Assert.Equal(phase, Assert.IsType<ImportExpression>(statement.Expression).Phase);
    }

    [Theory]
    [InlineData("import defer { a } from \"x\";", "t.js:1:14: Unexpected token")]
    [InlineData("import defer a from \"x\";", "t.js:1:14: Unexpected identifier 'a'")]
    [InlineData("import source { a } from \"x\";", "t.js:1:15: Unexpected token")]
    public void Malformed_phase_imports_are_errors(string source, string expected)
    {
        var error = Parse(source).Error?.ToString();
        Assert.NotNull(error);
        Assert.StartsWith(expected, error);
    }

    [Theory]
    [InlineData("import defer * as ns from \"x\";")]
    [InlineData("import.defer(\"x\");")]
    public void Phases_are_syntax_errors_unless_asked_for(string source) =>
        Assert.NotNull(Parse(source, phases: false).Error);

    [Fact]
    public void Estree_writes_the_phase_of_phase_imports_only()
    {
        const string source = "import defer * as ns from \"x\"; import y from \"y\"; import.defer(\"z\");";
        var result = Parse(source);
        Assert.Null(result.Error);
        var json = EstreeWriter.Write(result.Program!, source);
        Assert.Contains("\"attributes\":[],\"phase\":\"defer\"}", json);
        Assert.Contains("\"options\":null,\"phase\":\"defer\"}", json);
        Assert.Equal(2, json.Split("\"phase\"").Length - 1);
    }
}
