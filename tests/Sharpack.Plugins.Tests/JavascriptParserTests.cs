// The JavaScript parser on its own: hooks keyed by free name or member chain see free uses only
// (not locals of the same name), and the inner-graph data (per top-level statement, the top-level
// names it declares and uses).

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class JavascriptParserTests
{
    private static readonly SharpackOptions s_options = Options("""{ "mode": "development", "entry": "./index.js", "optimization": { "innerGraph": true } }""");

    private static SharpackOptions Options(string json)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), null, "/virtual/project");
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!;
    }

    private static CollectedModule Parse(string text, JavascriptParserHooks? hooks = null, string type = "javascript/auto", SharpackOptions? options = null)
    {
        var parse = JavaScriptParser.Parse(text, new ParseOptions { SourceType = SourceType.Module });
        Assert.Null(parse.Error);
        var module = new JavaScriptModule("/virtual/project/index.js", "/virtual/project/index.js", type);
        return JavascriptParser.Parse(module, parse, options ?? s_options, forceEsm: type == "javascript/esm", hooks);
    }

    private static string Describe(CollectedModule collected) =>
        string.Join(" | ", collected.TopLevelStatements.Select(s => string.Join(",", collected.Declares(s).ToArray()) + " <- " + string.Join(",", collected.Uses(s).ToArray())));

    [Fact]
    public void InnerGraphRecordsDeclaredAndUsedTopLevelNames()
    {
        var collected = Parse("""
            import { a } from "./a";
            import * as ns from "./ns";
            const b = a + 1, [c, { d }] = [];
            function f(x) { let a = x; return a + b + f(); }
            export const e = f() + ns.y;
            export default b + c;
            class K extends Base { m() { return d; } }
            console.log(K);
            """);
        Assert.Equal(
            // A declaration of several declarators is one inner graph statement per declarator (webpack's symbols).
            "a <-  | ns <-  | b <- a | c,d <-  | f <- b | e <- f,ns | *default* <- b,c | K <- d |  <- K",
            Describe(collected));
    }

    [Fact]
    public void InnerGraphIsRecordedOnlyWhenOptimizationInnerGraphIsOn()
    {
        const string code = "import { a } from './a';\nexport const b = a;\n";
        // webpack's default: on in production, off in development.
        Assert.Empty(Parse(code, options: Options("""{ "mode": "development", "entry": "./index.js" }""")).TopLevelStatements);
        Assert.Equal(2, Parse(code, options: Options("""{ "mode": "production", "entry": "./index.js" }""")).TopLevelStatements.Count);
        Assert.Empty(Parse(code, options: Options("""{ "mode": "production", "entry": "./index.js", "optimization": { "innerGraph": false } }""")).TopLevelStatements);
    }

    [Fact]
    public void InnerGraphIsEmptyForCommonJs()
    {
        var collected = Parse("const a = require('./a');\nmodule.exports = a;\n");
        Assert.False(collected.IsEsm);
        Assert.Empty(collected.TopLevelStatements);
    }

    [Fact]
    public void ExpressionHookSeesFreeNamesOnly()
    {
        var hooks = new JavascriptParserHooks(s_options);
        var seen = new List<int>();
        hooks.Expression.For("MY_FLAG").Tap("Test", (parser, node) =>
        {
            seen.Add(node.Start);
            return true;
        });
        const string Text = "MY_FLAG;\nfunction f(MY_FLAG) { return MY_FLAG; }\nif (x) MY_FLAG.y;\n";
        Parse(Text, hooks);
        Assert.Equal([0, Text.IndexOf("MY_FLAG.y", StringComparison.Ordinal)], seen);
    }

    [Fact]
    public void CallHookTakesDottedMemberChains()
    {
        var hooks = new JavascriptParserHooks(s_options);
        var requests = new List<string?>();
        hooks.Call.For("myLib.load").Tap("Test", (parser, call) =>
        {
            requests.Add(parser.EvaluateString(call.Arguments[0]));
            return true;
        });
        Parse("myLib.load('a');\nother.load('b');\n{ const myLib = {}; myLib.load('c'); }\nmyLib.load('d' + '/e');\n", hooks);
        Assert.Equal(["a", "d/e"], requests);
    }

    [Fact]
    public void EvaluateHooksTeachTheParserRequests()
    {
        var hooks = new JavascriptParserHooks(s_options);
        hooks.EvaluateIdentifier.For("process.env.DIR").Tap("Test", (_, node) => new BasicEvaluatedExpression("./dir", node.Start, node.End));
        hooks.EvaluateTypeof.For("window").Tap("Test", (_, node) => new BasicEvaluatedExpression("undefined", node.Start, node.End));
        var collected = Parse("require(process.env.DIR + '/a');\nrequire(typeof window === 'x' ? 'b' : 'c');\nrequire('./' + typeof window);\n", hooks);
        var requests = collected.Dependencies.OfType<Sharpack.Plugins.JavaScript.Dependencies.CommonJs.CommonJsRequireDependency>().Select(d => d.Request);
        // typeof window is "undefined", so the condition is known false and only 'c' is required.
        Assert.Equal<string?>(["./dir/a", "c", "./undefined"], requests);
    }

    [Fact]
    public void StatementAndFinishHooksSeeTheTopLevel()
    {
        var hooks = new JavascriptParserHooks(s_options);
        var statements = new List<NodeType>();
        var finished = 0;
        hooks.Statement.Tap("Test", (_, statement) =>
        {
            statements.Add(statement.Type);
            return null;
        });
        hooks.Finish.Tap("Test", (_, _) => finished++);
        Parse("import a from './a';\nlet b = a;\nexport { b };\n", hooks);
        Assert.Equal([NodeType.ImportDeclaration, NodeType.VariableDeclaration, NodeType.ExportNamedDeclaration], statements);
        Assert.Equal(1, finished);
    }

    [Fact]
    public void TypeofHookAnswersForAFreeName()
    {
        var hooks = new JavascriptParserHooks(s_options);
        hooks.Typeof.For("MY_API").Tap("Test", (parser, unary) =>
        {
            parser.Replace(unary.Start, unary.End, "\"object\"");
            return true;
        });
        var collected = Parse("typeof MY_API;\n{ let MY_API; typeof MY_API; }\n", hooks);
        Assert.Single(collected.Dependencies, d => d is Sharpack.Plugins.JavaScript.Dependencies.Misc.ReplaceDependency);
    }
}
