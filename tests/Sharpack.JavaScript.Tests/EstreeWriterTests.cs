// EstreeWriter: hand-built trees must serialize to exactly the text acorn 8.19 / acorn-jsx 5.3
// give through JSON.stringify(tree, replacer), where the replacer maps the RegExp and BigInt
// values JSON cannot hold to null. The expected strings were produced by running acorn on the
// source in each test; key order is acorn's too, so whole strings are compared.

using System.Buffers;
using System.Text;
using System.Text.Json;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Estree;
using Xunit;

namespace Sharpack.JavaScript.Tests;

public sealed class EstreeWriterTests
{
    // ---- Small builders ---------------------------------------------------------------------

    private static Identifier Id(int start, string name) => new(start, start + name.Length, name);

    private static Literal Str(int start, int end, string value) =>
        new(start, end, LiteralKind.String) { StringValue = value };

    private static Literal Num(int start, int end, double value) =>
        new(start, end, LiteralKind.Number) { NumberValue = value };

    private static ExpressionStatement Stmt(int start, int end, Node expression, string? directive = null) =>
        new(start, end, expression, directive);

    private static Program Module(string source, params Node[] body) => new(0, source.Length, body, isModule: true);

    private static FunctionExpression EmptyFunction(int start, int bodyStart, int end) =>
        new(start, end) { Body = new BlockStatement(bodyStart, end, []) };

    // ---- Whole programs ---------------------------------------------------------------------

    [Fact]
    public void LoneSurrogateIsEscaped()
    {
        const string source = "a = \"x\\uD800\";";
        var program = Module(source,
            Stmt(0, 14, new AssignmentExpression(0, 13, Operator.Assign, Id(0, "a"), Str(4, 13, "x\uD800"))));
        Assert.Equal(
            """{"type":"Program","start":0,"end":14,"body":[{"type":"ExpressionStatement","start":0,"end":14,"expression":{"type":"AssignmentExpression","start":0,"end":13,"operator":"=","left":{"type":"Identifier","start":0,"end":1,"name":"a"},"right":{"type":"Literal","start":4,"end":13,"value":"x\ud800","raw":"\"x\\uD800\""}}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Fact]
    public void NumbersAreFormattedLikeJavaScript()
    {
        const string source = "[1e21, 0.1, 5e-324, 9007199254740992, 1e-7, 0.000001, 1.5, 100, 1e400];";
        var program = Module(source,
            Stmt(0, 71, new ArrayExpression(0, 70,
            [
                Num(1, 5, 1e21), Num(7, 10, 0.1), Num(12, 18, 5e-324), Num(20, 36, 9007199254740992),
                Num(38, 42, 1e-7), Num(44, 52, 0.000001), Num(54, 57, 1.5), Num(59, 62, 100),
                Num(64, 69, double.PositiveInfinity),
            ])));
        Assert.Equal(
            """{"type":"Program","start":0,"end":71,"body":[{"type":"ExpressionStatement","start":0,"end":71,"expression":{"type":"ArrayExpression","start":0,"end":70,"elements":[{"type":"Literal","start":1,"end":5,"value":1e+21,"raw":"1e21"},{"type":"Literal","start":7,"end":10,"value":0.1,"raw":"0.1"},{"type":"Literal","start":12,"end":18,"value":5e-324,"raw":"5e-324"},{"type":"Literal","start":20,"end":36,"value":9007199254740992,"raw":"9007199254740992"},{"type":"Literal","start":38,"end":42,"value":1e-7,"raw":"1e-7"},{"type":"Literal","start":44,"end":52,"value":0.000001,"raw":"0.000001"},{"type":"Literal","start":54,"end":57,"value":1.5,"raw":"1.5"},{"type":"Literal","start":59,"end":62,"value":100,"raw":"100"},{"type":"Literal","start":64,"end":69,"value":null,"raw":"1e400"}]}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Fact]
    public void DirectivesGetTheKeyOthersDoNot()
    {
        const string source = "\"use strict\"; 'use\\x20asm'; (\"x\");";
        var program = Module(source,
            Stmt(0, 13, Str(0, 12, "use strict"), "use strict"),
            Stmt(14, 27, Str(14, 26, "use asm"), "use\\x20asm"),
            Stmt(28, 34, Str(29, 32, "x")));
        Assert.Equal(
            """{"type":"Program","start":0,"end":34,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"Literal","start":0,"end":12,"value":"use strict","raw":"\"use strict\""},"directive":"use strict"},{"type":"ExpressionStatement","start":14,"end":27,"expression":{"type":"Literal","start":14,"end":26,"value":"use asm","raw":"'use\\x20asm'"},"directive":"use\\x20asm"},{"type":"ExpressionStatement","start":28,"end":34,"expression":{"type":"Literal","start":29,"end":32,"value":"x","raw":"\"x\""}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Fact]
    public void RegexAndBigIntLiterals()
    {
        const string source = "/ab+c\\//gi; 0x1F_FFn; 10n;";
        var program = Module(source,
            Stmt(0, 11, new Literal(0, 10, LiteralKind.RegExp) { RegexPattern = "ab+c\\/", RegexFlags = "gi" }),
            Stmt(12, 21, new Literal(12, 20, LiteralKind.BigInt) { StringValue = "0x1FFF" }),
            Stmt(22, 26, new Literal(22, 25, LiteralKind.BigInt) { StringValue = "10" }));
        Assert.Equal(
            """{"type":"Program","start":0,"end":26,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"Literal","start":0,"end":10,"value":null,"raw":"/ab+c\\//gi","regex":{"pattern":"ab+c\\/","flags":"gi"}}},{"type":"ExpressionStatement","start":12,"end":21,"expression":{"type":"Literal","start":12,"end":20,"value":null,"raw":"0x1F_FFn","bigint":"8191"}},{"type":"ExpressionStatement","start":22,"end":26,"expression":{"type":"Literal","start":22,"end":25,"value":null,"raw":"10n","bigint":"10"}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Theory]
    [InlineData("0x1F_FFn", null, "8191")] // no StringValue: taken from raw
    [InlineData("0XABn", "0XAB", "171")]
    [InlineData("0o17n", "0o17", "15")]
    [InlineData("0B101n", "0B101", "5")]
    [InlineData("1_000n", "1000", "1000")]
    [InlineData("0n", "0", "0")]
    [InlineData("0xffffffffffffffffffffn", "0xffffffffffffffffffff", "1208925819614629174706175")]
    public void BigIntIsWrittenInDecimal(string raw, string? digits, string expected)
    {
        var literal = new Literal(0, raw.Length, LiteralKind.BigInt) { StringValue = digits };
        var json = EstreeWriter.Write(literal, raw);
        Assert.Equal(expected, JsonDocument.Parse(json).RootElement.GetProperty("bigint").GetString());
    }

    [Fact]
    public void ClassMembers()
    {
        const string source = "class A extends B { static m() {} #p = 1; get [k]() {} }";
        var body = new ClassBody(18, 56,
        [
            new MethodDefinition(20, 33, Id(27, "m"), EmptyFunction(28, 31, 33), MethodKind.Method, computed: false, isStatic: true),
            new PropertyDefinition(34, 41, new PrivateIdentifier(34, 36, "p"), Num(39, 40, 1), computed: false, isStatic: false),
            new MethodDefinition(42, 54, Id(47, "k"), EmptyFunction(49, 52, 54), MethodKind.Get, computed: true, isStatic: false),
        ]);
        var program = Module(source, new ClassDeclaration(0, 56, Id(6, "A"), Id(16, "B"), body));
        Assert.Equal(
            """{"type":"Program","start":0,"end":56,"body":[{"type":"ClassDeclaration","start":0,"end":56,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":{"type":"Identifier","start":16,"end":17,"name":"B"},"body":{"type":"ClassBody","start":18,"end":56,"body":[{"type":"MethodDefinition","start":20,"end":33,"static":true,"computed":false,"key":{"type":"Identifier","start":27,"end":28,"name":"m"},"kind":"method","value":{"type":"FunctionExpression","start":28,"end":33,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":31,"end":33,"body":[]}}},{"type":"PropertyDefinition","start":34,"end":41,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":34,"end":36,"name":"p"},"value":{"type":"Literal","start":39,"end":40,"value":1,"raw":"1"}},{"type":"MethodDefinition","start":42,"end":54,"static":false,"computed":true,"key":{"type":"Identifier","start":47,"end":48,"name":"k"},"kind":"get","value":{"type":"FunctionExpression","start":49,"end":54,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":52,"end":54,"body":[]}}}]}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Fact]
    public void ObjectProperties()
    {
        const string source = "({a, b: 1, get c() {}, d() {}});";
        var a = Id(2, "a");
        var obj = new ObjectExpression(1, 30,
        [
            new Property(2, 3, a, a, PropertyKind.Init, method: false, shorthand: true, computed: false),
            new Property(5, 9, Id(5, "b"), Num(8, 9, 1), PropertyKind.Init, method: false, shorthand: false, computed: false),
            new Property(11, 21, Id(15, "c"), EmptyFunction(16, 19, 21), PropertyKind.Get, method: false, shorthand: false, computed: false),
            new Property(23, 29, Id(23, "d"), EmptyFunction(24, 27, 29), PropertyKind.Init, method: true, shorthand: false, computed: false),
        ]);
        var program = Module(source, Stmt(0, 32, obj));
        Assert.Equal(
            """{"type":"Program","start":0,"end":32,"body":[{"type":"ExpressionStatement","start":0,"end":32,"expression":{"type":"ObjectExpression","start":1,"end":30,"properties":[{"type":"Property","start":2,"end":3,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"Identifier","start":2,"end":3,"name":"a"},"kind":"init"},{"type":"Property","start":5,"end":9,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":5,"end":6,"name":"b"},"value":{"type":"Literal","start":8,"end":9,"value":1,"raw":"1"},"kind":"init"},{"type":"Property","start":11,"end":21,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":15,"end":16,"name":"c"},"value":{"type":"FunctionExpression","start":16,"end":21,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":19,"end":21,"body":[]}},"kind":"get"},{"type":"Property","start":23,"end":29,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":23,"end":24,"name":"d"},"value":{"type":"FunctionExpression","start":24,"end":29,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":27,"end":29,"body":[]}},"kind":"init"}]}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Fact]
    public void ImportsAndExportsWithAttributes()
    {
        const string source = "import d, {a as b} from \"m\" with {type: \"json\"}; export * as x from \"m\";";
        var program = Module(source,
            new ImportDeclaration(0, 48,
                [new ImportDefaultSpecifier(7, 8, Id(7, "d")), new ImportSpecifier(11, 17, Id(11, "a"), Id(16, "b"))],
                Str(24, 27, "m"),
                [new ImportAttribute(34, 46, Id(34, "type"), Str(40, 46, "json"))]),
            new ExportAllDeclaration(49, 72, Id(61, "x"), Str(68, 71, "m"), []));
        Assert.Equal(
            """{"type":"Program","start":0,"end":72,"body":[{"type":"ImportDeclaration","start":0,"end":48,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"d"}},{"type":"ImportSpecifier","start":11,"end":17,"imported":{"type":"Identifier","start":11,"end":12,"name":"a"},"local":{"type":"Identifier","start":16,"end":17,"name":"b"}}],"source":{"type":"Literal","start":24,"end":27,"value":"m","raw":"\"m\""},"attributes":[{"type":"ImportAttribute","start":34,"end":46,"key":{"type":"Identifier","start":34,"end":38,"name":"type"},"value":{"type":"Literal","start":40,"end":46,"value":"json","raw":"\"json\""}}]},{"type":"ExportAllDeclaration","start":49,"end":72,"exported":{"type":"Identifier","start":61,"end":62,"name":"x"},"source":{"type":"Literal","start":68,"end":71,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Fact]
    public void JsxElementAndFragment()
    {
        const string source = "x = <a b=\"&amp;\">x &lt; fun</a>; y = <></>;";
        var element = new JSXElement(4, 31,
            new JSXOpeningElement(4, 17, new JSXIdentifier(5, 6, "a"),
                [new JSXAttribute(7, 16, new JSXIdentifier(7, 8, "b"), Str(9, 16, "&"))], selfClosing: false),
            new JSXClosingElement(27, 31, new JSXIdentifier(29, 30, "a")),
            [new JSXText(17, 27, "x < fun")]);
        var fragment = new JSXFragment(37, 42, new JSXOpeningFragment(37, 39), new JSXClosingFragment(39, 42), []);
        var program = Module(source,
            Stmt(0, 32, new AssignmentExpression(0, 31, Operator.Assign, Id(0, "x"), element)),
            Stmt(33, 43, new AssignmentExpression(33, 42, Operator.Assign, Id(33, "y"), fragment)));
        // Both acorn-jsx quirks show here: "bigint" on JSX text ending in 'n', and the opening
        // fragment's attributes and selfClosing.
        Assert.Equal(
            """{"type":"Program","start":0,"end":43,"body":[{"type":"ExpressionStatement","start":0,"end":32,"expression":{"type":"AssignmentExpression","start":0,"end":31,"operator":"=","left":{"type":"Identifier","start":0,"end":1,"name":"x"},"right":{"type":"JSXElement","start":4,"end":31,"openingElement":{"type":"JSXOpeningElement","start":4,"end":17,"attributes":[{"type":"JSXAttribute","start":7,"end":16,"name":{"type":"JSXIdentifier","start":7,"end":8,"name":"b"},"value":{"type":"Literal","start":9,"end":16,"value":"&","raw":"\"&amp;\""}}],"name":{"type":"JSXIdentifier","start":5,"end":6,"name":"a"},"selfClosing":false},"closingElement":{"type":"JSXClosingElement","start":27,"end":31,"name":{"type":"JSXIdentifier","start":29,"end":30,"name":"a"}},"children":[{"type":"JSXText","start":17,"end":27,"value":"x < fun","raw":"x &lt; fun","bigint":"x < fun"}]}}},{"type":"ExpressionStatement","start":33,"end":43,"expression":{"type":"AssignmentExpression","start":33,"end":42,"operator":"=","left":{"type":"Identifier","start":33,"end":34,"name":"y"},"right":{"type":"JSXFragment","start":37,"end":42,"openingFragment":{"type":"JSXOpeningFragment","start":37,"end":39,"attributes":[],"selfClosing":false},"closingFragment":{"type":"JSXClosingFragment","start":39,"end":42},"children":[]}}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    [Fact]
    public void TemplateWithInvalidEscapeAndConciseArrow()
    {
        const string source = "tag`\\u{${a}`; f = async (a) => a;";
        var quasi = new TemplateLiteral(3, 12,
            [new TemplateElement(4, 7, "\\u{", null, tail: false), new TemplateElement(11, 11, "", "", tail: true)],
            [Id(9, "a")]);
        var arrow = new ArrowFunctionExpression(18, 32) { IsAsync = true, IsExpression = true, Params = [Id(25, "a")], Body = Id(31, "a") };
        var program = Module(source,
            Stmt(0, 13, new TaggedTemplateExpression(0, 12, Id(0, "tag"), quasi)),
            Stmt(14, 33, new AssignmentExpression(14, 32, Operator.Assign, Id(14, "f"), arrow)));
        Assert.Equal(
            """{"type":"Program","start":0,"end":33,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"TaggedTemplateExpression","start":0,"end":12,"tag":{"type":"Identifier","start":0,"end":3,"name":"tag"},"quasi":{"type":"TemplateLiteral","start":3,"end":12,"expressions":[{"type":"Identifier","start":9,"end":10,"name":"a"}],"quasis":[{"type":"TemplateElement","start":4,"end":7,"value":{"raw":"\\u{","cooked":null},"tail":false},{"type":"TemplateElement","start":11,"end":11,"value":{"raw":"","cooked":""},"tail":true}]}}},{"type":"ExpressionStatement","start":14,"end":33,"expression":{"type":"AssignmentExpression","start":14,"end":32,"operator":"=","left":{"type":"Identifier","start":14,"end":15,"name":"f"},"right":{"type":"ArrowFunctionExpression","start":18,"end":32,"id":null,"expression":true,"generator":false,"async":true,"params":[{"type":"Identifier","start":25,"end":26,"name":"a"}],"body":{"type":"Identifier","start":31,"end":32,"name":"a"}}}}],"sourceType":"module"}""",
            EstreeWriter.Write(program, source));
    }

    // ---- Values -----------------------------------------------------------------------------

    // Expected values are JSON.stringify's (node 20).
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789e13, "1.23456789e+21")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.5e-323, "1.5e-323")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(9007199254740994d, "9007199254740994")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(4294967295d, "4294967295")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(5e-7, "5e-7")]
    [InlineData(1.5e-6, "0.0000015")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(100d, "100")]
    [InlineData(0d, "0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.NegativeInfinity, "null")]
    public void NumberValue(double value, string expected)
    {
        var literal = Num(0, 1, value);
        Assert.Equal(
            $$"""{"type":"Literal","start":0,"end":1,"value":{{expected}},"raw":"1"}""",
            EstreeWriter.Write(literal, "1"));
    }

    [Fact]
    public void NegativeZeroIsWrittenAsZero()
    {
        var json = EstreeWriter.Write(Num(0, 1, -0d), "0");
        Assert.Equal("""{"type":"Literal","start":0,"end":1,"value":0,"raw":"0"}""", json);
    }

    [Fact]
    public void StringsEscapeLikeJsonStringify()
    {
        // Controls, quote and backslash are escaped; U+2028, '/', DEL and non-ASCII are not;
        // a surrogate pair is one UTF-8 sequence; lone surrogates (high and low) are escaped.
        var value = "\"\\\b\f\n\r\t\v\0\u001f\u007f/é\u2028😀\uDC00a\uD83D";
        var json = EstreeWriter.Write(Str(0, 1, value), "'");
        Assert.Equal(
            "{\"type\":\"Literal\",\"start\":0,\"end\":1,\"value\":\"\\\"\\\\\\b\\f\\n\\r\\t\\u000b\\u0000\\u001f\u007f/é\u2028😀\\udc00a\\ud83d\",\"raw\":\"'\"}",
            json);
        // System.Text.Json refuses lone surrogates, so the round trip is checked without them.
        var valid = value[..^3];
        var validJson = EstreeWriter.Write(Str(0, 1, valid), "'");
        Assert.Equal(valid, JsonDocument.Parse(validJson).RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public void LongStringsRoundTrip()
    {
        // Longer than one transcoding run, with escapes and non-ASCII spread through it.
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
            builder.Append((i % 7) switch { 0 => "\n", 1 => "ä", 2 => "😀", 3 => "\"", _ => "abc" });
        var value = builder.ToString();
        var json = EstreeWriter.Write(Str(0, 1, value), "'");
        Assert.Equal(value, JsonDocument.Parse(json).RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public void WithoutRanges()
    {
        const string source = "a;";
        var program = new Program(0, 2, [Stmt(0, 2, Id(0, "a"))], isModule: false);
        Assert.Equal(
            """{"type":"Program","body":[{"type":"ExpressionStatement","expression":{"type":"Identifier","name":"a"}}],"sourceType":"script"}""",
            EstreeWriter.Write(program, source, includeRanges: false));
    }

    [Fact]
    public void ArrayHolesAreNull()
    {
        const string source = "[a,,b]";
        var array = new ArrayExpression(0, 6, [Id(1, "a"), null, Id(4, "b")]);
        Assert.Equal(
            """{"type":"ArrayExpression","elements":[{"type":"Identifier","name":"a"},null,{"type":"Identifier","name":"b"}]}""",
            EstreeWriter.Write(array, source, includeRanges: false));
    }

    [Fact]
    public void BufferWriterOutputMatchesStringOutput()
    {
        // Enough statements to pass several 16 KiB chunks.
        var source = string.Concat(Enumerable.Repeat("x = \"ü\";\n", 5000));
        var body = new Node[5000];
        for (var i = 0; i < body.Length; i++)
        {
            var start = i * 9;
            body[i] = Stmt(start, start + 8, new AssignmentExpression(start, start + 7, Operator.Assign, Id(start, "x"), Str(start + 4, start + 7, "ü")));
        }
        var program = Module(source, body);
        var output = new ArrayBufferWriter<byte>(16);
        EstreeWriter.Write(program, source, output);
        var expected = EstreeWriter.Write(program, source);
        Assert.True(expected.Length > 100_000);
        Assert.Equal(expected, Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void DeepTreesDoNotOverflowTheStack()
    {
        // x + x + ... nests one BinaryExpression per operand; far deeper than one thread's stack.
        const int depth = 50_000;
        Node node = X();
        for (var i = 0; i < depth; i++)
            node = new BinaryExpression(0, 1, Operator.Add, node, X());
        var json = EstreeWriter.Write(node, "x", includeRanges: false);
        const string identifier = """{"type":"Identifier","name":"x"}""";
        Assert.Equal(depth * """{"type":"BinaryExpression","left":""".Length + identifier.Length
            + depth * (""","operator":"+","right":""".Length + identifier.Length + 1), json.Length);
        Assert.StartsWith("""{"type":"BinaryExpression","left":{"type":"BinaryExpression","left":""", json);
        Assert.EndsWith(""","operator":"+","right":{"type":"Identifier","name":"x"}}""", json);
    }

    [Fact]
    public void ErrorsDeepInATreeStillReachTheCaller()
    {
        // The bad literal is written on one of the extra threads deep trees continue on.
        Node node = Str(0, 5, "x");
        for (var i = 0; i < 50_000; i++)
            node = new UnaryExpression(0, 1, Operator.Minus, node);
        Assert.Throws<ArgumentException>(() => EstreeWriter.Write(node, "x"));
    }

    [Fact]
    public void RangeOutsideSourceThrows()
    {
        Assert.Throws<ArgumentException>(() => EstreeWriter.Write(Str(0, 5, "x"), "'x'"));
    }

    // ---- Key sets ---------------------------------------------------------------------------

    // acorn's keys for every node type, in acorn's order (collected with acorn 8.19.0 and
    // acorn-jsx 5.3.2 over snippets using every construct; JSXSpreadChild, which acorn-jsx
    // does not parse, is ESTree's JSX shape).
    private static readonly Dictionary<NodeType, string> s_acornKeys = new()
    {
        [NodeType.Program] = "body,sourceType",
        [NodeType.ExpressionStatement] = "expression",
        [NodeType.BlockStatement] = "body",
        [NodeType.EmptyStatement] = "",
        [NodeType.DebuggerStatement] = "",
        [NodeType.WithStatement] = "object,body",
        [NodeType.ReturnStatement] = "argument",
        [NodeType.LabeledStatement] = "body,label",
        [NodeType.BreakStatement] = "label",
        [NodeType.ContinueStatement] = "label",
        [NodeType.IfStatement] = "test,consequent,alternate",
        [NodeType.SwitchStatement] = "discriminant,cases",
        [NodeType.SwitchCase] = "consequent,test",
        [NodeType.ThrowStatement] = "argument",
        [NodeType.TryStatement] = "block,handler,finalizer",
        [NodeType.CatchClause] = "param,body",
        [NodeType.WhileStatement] = "test,body",
        [NodeType.DoWhileStatement] = "body,test",
        [NodeType.ForStatement] = "init,test,update,body",
        [NodeType.ForInStatement] = "left,right,body",
        [NodeType.ForOfStatement] = "await,left,right,body",
        [NodeType.FunctionDeclaration] = "id,expression,generator,async,params,body",
        [NodeType.VariableDeclaration] = "declarations,kind",
        [NodeType.VariableDeclarator] = "id,init",
        [NodeType.ClassDeclaration] = "id,superClass,body",
        [NodeType.ImportDeclaration] = "specifiers,source,attributes",
        [NodeType.ImportSpecifier] = "imported,local",
        [NodeType.ImportDefaultSpecifier] = "local",
        [NodeType.ImportNamespaceSpecifier] = "local",
        [NodeType.ImportAttribute] = "key,value",
        [NodeType.ExportNamedDeclaration] = "declaration,specifiers,source,attributes",
        [NodeType.ExportSpecifier] = "local,exported",
        [NodeType.ExportDefaultDeclaration] = "declaration",
        [NodeType.ExportAllDeclaration] = "exported,source,attributes",
        [NodeType.Identifier] = "name",
        [NodeType.PrivateIdentifier] = "name",
        [NodeType.Literal] = "value,raw",
        [NodeType.ThisExpression] = "",
        [NodeType.Super] = "",
        [NodeType.ArrayExpression] = "elements",
        [NodeType.ObjectExpression] = "properties",
        [NodeType.Property] = "method,shorthand,computed,key,value,kind",
        [NodeType.FunctionExpression] = "id,expression,generator,async,params,body",
        [NodeType.ArrowFunctionExpression] = "id,expression,generator,async,params,body",
        [NodeType.UnaryExpression] = "operator,prefix,argument",
        [NodeType.UpdateExpression] = "operator,prefix,argument",
        [NodeType.BinaryExpression] = "left,operator,right",
        [NodeType.LogicalExpression] = "left,operator,right",
        [NodeType.AssignmentExpression] = "operator,left,right",
        [NodeType.MemberExpression] = "object,property,computed,optional",
        [NodeType.ChainExpression] = "expression",
        [NodeType.ConditionalExpression] = "test,consequent,alternate",
        [NodeType.CallExpression] = "callee,arguments,optional",
        [NodeType.NewExpression] = "callee,arguments",
        [NodeType.SequenceExpression] = "expressions",
        [NodeType.YieldExpression] = "delegate,argument",
        [NodeType.AwaitExpression] = "argument",
        [NodeType.TemplateLiteral] = "expressions,quasis",
        [NodeType.TaggedTemplateExpression] = "tag,quasi",
        [NodeType.TemplateElement] = "value,tail",
        [NodeType.ClassExpression] = "id,superClass,body",
        [NodeType.ClassBody] = "body",
        [NodeType.MethodDefinition] = "static,computed,key,kind,value",
        [NodeType.PropertyDefinition] = "static,computed,key,value",
        [NodeType.StaticBlock] = "body",
        [NodeType.MetaProperty] = "meta,property",
        [NodeType.ImportExpression] = "source,options",
        [NodeType.SpreadElement] = "argument",
        [NodeType.ObjectPattern] = "properties",
        [NodeType.ArrayPattern] = "elements",
        [NodeType.RestElement] = "argument",
        [NodeType.AssignmentPattern] = "left,right",
        [NodeType.JSXElement] = "openingElement,closingElement,children",
        [NodeType.JSXOpeningElement] = "attributes,name,selfClosing",
        [NodeType.JSXClosingElement] = "name",
        [NodeType.JSXFragment] = "openingFragment,closingFragment,children",
        [NodeType.JSXOpeningFragment] = "attributes,selfClosing",
        [NodeType.JSXClosingFragment] = "",
        [NodeType.JSXIdentifier] = "name",
        [NodeType.JSXNamespacedName] = "namespace,name",
        [NodeType.JSXMemberExpression] = "object,property",
        [NodeType.JSXAttribute] = "name,value",
        [NodeType.JSXSpreadAttribute] = "argument",
        [NodeType.JSXExpressionContainer] = "expression",
        [NodeType.JSXEmptyExpression] = "",
        [NodeType.JSXText] = "value,raw",
        [NodeType.JSXSpreadChild] = "expression",
        // typescript-estree's keys
        // The TypeScript nodes of an ordinary TypeScript parse, in typescript-estree's shape.
        [NodeType.TSEnumDeclaration] = "id,body,const,declare",
        [NodeType.TSEnumMember] = "id",
        [NodeType.TSModuleDeclaration] = "id,declare,global,kind",
        [NodeType.TSImportEqualsDeclaration] = "id,moduleReference,importKind",
        [NodeType.TSExportAssignment] = "expression",
        [NodeType.Decorator] = "expression",
    };

    // Every type an ordinary parse builds (the rest exist only in a TypeScriptTree parse; see EstreeTypeScriptDialectTests).
    public static TheoryData<NodeType> AllNodeTypes()
    {
        var data = new TheoryData<NodeType>();
        foreach (var type in Enum.GetValues<NodeType>())
        {
            if (type <= NodeType.Decorator)
                data.Add(type);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllNodeTypes))]
    public void KeysMatchAcorn(NodeType type)
    {
        var node = MinimalNode(type);
        Assert.Equal(type, node.Type);
        var root = JsonDocument.Parse(EstreeWriter.Write(node, "x")).RootElement;
        var keys = string.Join(",", root.EnumerateObject().Select(p => p.Name));
        var expected = "type,start,end" + (s_acornKeys[type].Length > 0 ? "," + s_acornKeys[type] : "");
        Assert.Equal(expected, keys);
        Assert.Equal(type.ToString(), root.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(LiteralKind.String, "value,raw")]
    [InlineData(LiteralKind.Number, "value,raw")]
    [InlineData(LiteralKind.Boolean, "value,raw")]
    [InlineData(LiteralKind.Null, "value,raw")]
    [InlineData(LiteralKind.RegExp, "value,raw,regex")]
    [InlineData(LiteralKind.BigInt, "value,raw,bigint")]
    public void LiteralKeysDependOnKind(LiteralKind kind, string expected)
    {
        var literal = new Literal(0, 2, kind) { StringValue = "1", RegexPattern = "a", RegexFlags = "" };
        var root = JsonDocument.Parse(EstreeWriter.Write(literal, "1n")).RootElement;
        Assert.Equal("type,start,end," + expected, string.Join(",", root.EnumerateObject().Select(p => p.Name)));
    }

    [Theory]
    [InlineData(VariableKind.Var, "var")]
    [InlineData(VariableKind.Let, "let")]
    [InlineData(VariableKind.Const, "const")]
    [InlineData(VariableKind.Using, "using")]
    [InlineData(VariableKind.AwaitUsing, "await using")]
    public void VariableKinds(VariableKind kind, string expected)
    {
        var json = EstreeWriter.Write(new VariableDeclaration(0, 1, [], kind), "x");
        Assert.Equal(expected, JsonDocument.Parse(json).RootElement.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData(MethodKind.Constructor, "constructor")]
    [InlineData(MethodKind.Method, "method")]
    [InlineData(MethodKind.Get, "get")]
    [InlineData(MethodKind.Set, "set")]
    public void MethodKinds(MethodKind kind, string expected)
    {
        var json = EstreeWriter.Write(new MethodDefinition(0, 1, X(), new FunctionExpression(0, 1) { Body = Block() }, kind, false, false), "x");
        Assert.Equal(expected, JsonDocument.Parse(json).RootElement.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData(PropertyKind.Init, "init")]
    [InlineData(PropertyKind.Get, "get")]
    [InlineData(PropertyKind.Set, "set")]
    public void PropertyKinds(PropertyKind kind, string expected)
    {
        var json = EstreeWriter.Write(new Property(0, 1, X(), X(), kind, false, false, false), "x");
        Assert.Equal(expected, JsonDocument.Parse(json).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void ExpressionKeyIsTrueOnlyForConciseArrows()
    {
        static bool Expression(Node node) =>
            JsonDocument.Parse(EstreeWriter.Write(node, "x")).RootElement.GetProperty("expression").GetBoolean();
        Assert.True(Expression(new ArrowFunctionExpression(0, 1) { IsExpression = true, Body = X() }));
        Assert.False(Expression(new ArrowFunctionExpression(0, 1) { Body = Block() }));
        Assert.False(Expression(new FunctionExpression(0, 1) { Body = Block() }));
    }

    internal static Identifier X() => new(0, 1, "x");

    internal static BlockStatement Block() => new(0, 1, []);

    internal static Literal StrX() => Str(0, 1, "x");

    private static JSXIdentifier JsxX() => new(0, 1, "x");

    // One node of each type with every field filled (null where acorn allows it).
    internal static Node MinimalNode(NodeType type) => type switch
    {
        NodeType.Program => new Program(0, 1, [], isModule: true),
        NodeType.ExpressionStatement => Stmt(0, 1, X()),
        NodeType.BlockStatement => Block(),
        NodeType.EmptyStatement => new EmptyStatement(0, 1),
        NodeType.DebuggerStatement => new DebuggerStatement(0, 1),
        NodeType.WithStatement => new WithStatement(0, 1, X(), Block()),
        NodeType.ReturnStatement => new ReturnStatement(0, 1, null),
        NodeType.LabeledStatement => new LabeledStatement(0, 1, X(), Block()),
        NodeType.BreakStatement => new BreakStatement(0, 1, null),
        NodeType.ContinueStatement => new ContinueStatement(0, 1, X()),
        NodeType.IfStatement => new IfStatement(0, 1, X(), Block(), null),
        NodeType.SwitchStatement => new SwitchStatement(0, 1, X(), [new SwitchCase(0, 1, null, [])]),
        NodeType.SwitchCase => new SwitchCase(0, 1, X(), []),
        NodeType.ThrowStatement => new ThrowStatement(0, 1, X()),
        NodeType.TryStatement => new TryStatement(0, 1, Block(), null, Block()),
        NodeType.CatchClause => new CatchClause(0, 1, null, Block()),
        NodeType.WhileStatement => new WhileStatement(0, 1, X(), Block()),
        NodeType.DoWhileStatement => new DoWhileStatement(0, 1, Block(), X()),
        NodeType.ForStatement => new ForStatement(0, 1, null, null, null, Block()),
        NodeType.ForInStatement => new ForInStatement(0, 1, X(), X(), Block()),
        NodeType.ForOfStatement => new ForOfStatement(0, 1, X(), X(), Block(), isAwait: false),
        NodeType.FunctionDeclaration => new FunctionDeclaration(0, 1) { Id = X(), Body = Block() },
        NodeType.VariableDeclaration => new VariableDeclaration(0, 1, [new VariableDeclarator(0, 1, X(), null)], VariableKind.Let),
        NodeType.VariableDeclarator => new VariableDeclarator(0, 1, X(), X()),
        NodeType.ClassDeclaration => new ClassDeclaration(0, 1, X(), null, new ClassBody(0, 1, [])),
        NodeType.ImportDeclaration => new ImportDeclaration(0, 1, [], StrX(), []),
        NodeType.ImportSpecifier => new ImportSpecifier(0, 1, X(), X()),
        NodeType.ImportDefaultSpecifier => new ImportDefaultSpecifier(0, 1, X()),
        NodeType.ImportNamespaceSpecifier => new ImportNamespaceSpecifier(0, 1, X()),
        NodeType.ImportAttribute => new ImportAttribute(0, 1, X(), StrX()),
        NodeType.ExportNamedDeclaration => new ExportNamedDeclaration(0, 1, null, [], null, []),
        NodeType.ExportSpecifier => new ExportSpecifier(0, 1, X(), X()),
        NodeType.ExportDefaultDeclaration => new ExportDefaultDeclaration(0, 1, X()),
        NodeType.ExportAllDeclaration => new ExportAllDeclaration(0, 1, null, StrX(), []),
        NodeType.Identifier => X(),
        NodeType.PrivateIdentifier => new PrivateIdentifier(0, 1, "x"),
        NodeType.Literal => StrX(),
        NodeType.ThisExpression => new ThisExpression(0, 1),
        NodeType.Super => new Super(0, 1),
        NodeType.ArrayExpression => new ArrayExpression(0, 1, [null]),
        NodeType.ObjectExpression => new ObjectExpression(0, 1, []),
        NodeType.Property => new Property(0, 1, X(), X(), PropertyKind.Init, false, true, false),
        NodeType.FunctionExpression => new FunctionExpression(0, 1) { Body = Block() },
        NodeType.ArrowFunctionExpression => new ArrowFunctionExpression(0, 1) { IsExpression = true, Body = X() },
        NodeType.UnaryExpression => new UnaryExpression(0, 1, Operator.Typeof, X()),
        NodeType.UpdateExpression => new UpdateExpression(0, 1, Operator.Increment, false, X()),
        NodeType.BinaryExpression => new BinaryExpression(0, 1, Operator.Add, X(), X()),
        NodeType.LogicalExpression => new LogicalExpression(0, 1, Operator.NullishCoalescing, X(), X()),
        NodeType.AssignmentExpression => new AssignmentExpression(0, 1, Operator.AddAssign, X(), X()),
        NodeType.MemberExpression => new MemberExpression(0, 1, X(), X(), false, false),
        NodeType.ChainExpression => new ChainExpression(0, 1, X()),
        NodeType.ConditionalExpression => new ConditionalExpression(0, 1, X(), X(), X()),
        NodeType.CallExpression => new CallExpression(0, 1, X(), [], false),
        NodeType.NewExpression => new NewExpression(0, 1, X(), []),
        NodeType.SequenceExpression => new SequenceExpression(0, 1, [X()]),
        NodeType.YieldExpression => new YieldExpression(0, 1, null, false),
        NodeType.AwaitExpression => new AwaitExpression(0, 1, X()),
        NodeType.TemplateLiteral => new TemplateLiteral(0, 1, [new TemplateElement(0, 1, "x", "x", true)], []),
        NodeType.TaggedTemplateExpression => new TaggedTemplateExpression(0, 1, X(), new TemplateLiteral(0, 1, [], [])),
        NodeType.TemplateElement => new TemplateElement(0, 1, "x", "x", true),
        NodeType.ClassExpression => new ClassExpression(0, 1, null, X(), new ClassBody(0, 1, [])),
        NodeType.ClassBody => new ClassBody(0, 1, []),
        NodeType.MethodDefinition => new MethodDefinition(0, 1, X(), new FunctionExpression(0, 1) { Body = Block() }, MethodKind.Method, false, false),
        NodeType.PropertyDefinition => new PropertyDefinition(0, 1, X(), null, false, false),
        NodeType.StaticBlock => new StaticBlock(0, 1, []),
        NodeType.MetaProperty => new MetaProperty(0, 1, X(), X()),
        NodeType.ImportExpression => new ImportExpression(0, 1, X(), null),
        NodeType.SpreadElement => new SpreadElement(0, 1, X()),
        NodeType.ObjectPattern => new ObjectPattern(0, 1, []),
        NodeType.ArrayPattern => new ArrayPattern(0, 1, []),
        NodeType.RestElement => new RestElement(0, 1, X()),
        NodeType.AssignmentPattern => new AssignmentPattern(0, 1, X(), X()),
        NodeType.JSXElement => new JSXElement(0, 1, new JSXOpeningElement(0, 1, JsxX(), [], true), null, []),
        NodeType.JSXOpeningElement => new JSXOpeningElement(0, 1, JsxX(), [], false),
        NodeType.JSXClosingElement => new JSXClosingElement(0, 1, JsxX()),
        NodeType.JSXFragment => new JSXFragment(0, 1, new JSXOpeningFragment(0, 1), new JSXClosingFragment(0, 1), []),
        NodeType.JSXOpeningFragment => new JSXOpeningFragment(0, 1),
        NodeType.JSXClosingFragment => new JSXClosingFragment(0, 1),
        NodeType.JSXIdentifier => JsxX(),
        NodeType.JSXNamespacedName => new JSXNamespacedName(0, 1, JsxX(), JsxX()),
        NodeType.JSXMemberExpression => new JSXMemberExpression(0, 1, JsxX(), JsxX()),
        NodeType.JSXAttribute => new JSXAttribute(0, 1, JsxX(), null),
        NodeType.JSXSpreadAttribute => new JSXSpreadAttribute(0, 1, X()),
        NodeType.JSXExpressionContainer => new JSXExpressionContainer(0, 1, new JSXEmptyExpression(0, 1)),
        NodeType.JSXEmptyExpression => new JSXEmptyExpression(0, 1),
        NodeType.JSXText => new JSXText(0, 1, "x"),
        NodeType.JSXSpreadChild => new JSXSpreadChild(0, 1, X()),
        NodeType.TSEnumDeclaration => new TSEnumDeclaration(0, 1, X(), [], isConst: false),
        NodeType.TSEnumMember => new TSEnumMember(0, 1, X(), null),
        NodeType.TSModuleDeclaration => new TSModuleDeclaration(0, 1, X(), [], []),
        NodeType.TSImportEqualsDeclaration => new TSImportEqualsDeclaration(0, 1, X(), new Literal(0, 1, LiteralKind.String) { StringValue = "m" }, isExport: false),
        NodeType.TSExportAssignment => new TSExportAssignment(0, 1, X()),
        NodeType.Decorator => new Decorator(0, 1, X()),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No minimal node for this type; add one."),
    };
}
