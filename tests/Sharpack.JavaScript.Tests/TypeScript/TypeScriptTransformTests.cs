// What the TypeScript/JSX transform writes, exactly: types leave no trace but their text's absence
// (the rest is copied as written), enums and namespaces come out as TypeScript writes them,
// imports only types use go, statement boundaries survive erasure, and JSX becomes calls.

using Sharpack.JavaScript.Transforms;

namespace Sharpack.JavaScript.Tests.TypeScript;

public sealed class TypeScriptTransformTests
{
    private static string Ts(string source, bool verbatim = false, bool defineFields = true) =>
        Transform(source, new TransformOptions { TypeScript = true, VerbatimModuleSyntax = verbatim, UseDefineForClassFields = defineFields, Module = true });

    private static string Transform(string source, TransformOptions options)
    {
        var result = SourceTransformer.Transform(source, options);
        Assert.True(result.Error is null, result.Error?.ToString());
        return result.Code;
    }

    [Fact]
    public void TypesAreErasedAndTheRestIsCopiedAsWritten()
    {
        Assert.Equal("let x /* n */ = 1;\nfunction f(a, b) { return a; }\nconst g = (y) => y;\n",
            Ts("let x: number /* n */ = 1;\nfunction f<T>(a: T, b?: string): T { return a!; }\nconst g = <T,>(y: T): T => y as T;\n"));
    }

    [Fact]
    public void ConstEnumMembersAreInlinedInTheirFile()
    {
        var code = Ts("const enum E { A = 1, B = A * 2, S = \"s\", N = -1 }\nenum R { X = 5 }\nexport const v = [E.A, E[\"S\"], E.B.toFixed(), E.N, R.X];\nfunction f(E: any) { return E.A; }\n");
        // The enum stays (another file may read it under isolatedModules); its uses here are values.
        Assert.Contains("E[E[\"A\"] = 1] = \"A\";", code);
        Assert.Contains("export const v = [1 /* E.A */, \"s\" /* E.S */, (2 /* E.B */).toFixed(), (-1) /* E.N */, R.X];", code);
        // A parameter named E is not the enum.
        Assert.Contains("function f(E) { return E.A; }", code);
    }

    [Fact]
    public void TypeOnlyStatementsGo()
    {
        Assert.Equal("\n\n\nconst a = 1;\n",
            Ts("interface I { a: number }\ntype T = I | null;\ndeclare const d: T;\nconst a = 1;\n"));
    }

    [Fact]
    public void AStatementEndedByAsiStaysEndedWhenWhatFollowsIsErased()
    {
        Assert.Equal("let a = b;\n\n(c)\n", Ts("let a = b\ninterface I {}\n(c)\n"));
        Assert.Equal("let a = b;\n(c)\n", Ts("let a = b as T\n(c)\n"));
    }

    [Fact]
    public void AnEnumIsWrittenAsTypeScriptWritesIt()
    {
        Assert.Equal(
            "var E;\n(function (E) {\n    E[E[\"A\"] = 0] = \"A\";\n    E[E[\"B\"] = 4] = \"B\";\n    E[E[\"C\"] = 5] = \"C\";\n    E[\"S\"] = \"s\";\n    E[E[\"D\"] = f(E.A)] = \"D\";\n})(E || (E = {}));",
            Ts("enum E { A, B = 1 << 2, C, S = \"s\", D = f(A) }"));
    }

    [Fact]
    public void ANamespaceIsAFunctionAndItsExportedVariablesAreProperties()
    {
        Assert.Equal(
            "var N;\n(function (N) { N.x = 1; function f() { return N.x; }\nN.f = f; })(N || (N = {}));",
            Ts("namespace N { export const x = 1; export function f() { return x; } }"));
    }

    [Fact]
    public void ANamespaceWithOnlyTypesIsNotEmitted()
    {
        Assert.Equal("\nconst N = 1;", Ts("namespace N { export type T = 1 }\nconst N = 1;"));
    }

    [Fact]
    public void ParameterPropertiesAreAssignedAfterSuperAndDeclaredAsFields()
    {
        Assert.Equal("class A extends B { x; constructor(x) { super(); this.x = x; } }",
            Ts("class A extends B { constructor(private readonly x: number) { super(); } }"));
        Assert.Equal("class A { constructor(x) { this.x = x;} }",
            Ts("class A { constructor(public x: number) {} }", defineFields: false));
        // `super()` ended by a newline (ASI): the assignments must not join its line (@tanstack/query-core).
        Assert.Equal("class A extends B { constructor(x) {\n    super(); this.x = x;\n  } }",
            Ts("class A extends B { constructor(public x: number) {\n    super()\n  } }", defineFields: false));
    }

    [Fact]
    public void ImportsOnlyTypesUseAreElided()
    {
        Assert.Equal("import { b } from \"m\";\nuse(b);\n", Ts("import { a, b, type c } from \"m\";\nuse(b);\n"));
        Assert.Equal("\n\nexport {};\n", Ts("import { a } from \"m\";\nlet x: a;\n").Replace("let x;", ""));
        Assert.Equal("import { a, b } from \"m\";\nlet x;\n", Ts("import { a, b, type c } from \"m\";\nlet x: a;\n", verbatim: true));
    }

    [Fact]
    public void AModuleOfOnlyTypesStaysAModule()
    {
        Assert.Equal("\nexport {};\n", Ts("export namespace N { export type T = 1 }\n"));
        Assert.Equal("\nexport {};\n", Ts("export interface I {}\n"));
    }

    [Fact]
    public void ExportsOfTypesGo()
    {
        Assert.Equal("\nconst v = 1;\nexport { v };", Ts("interface I {}\nconst v = 1;\nexport { I, v };"));
    }

    [Fact]
    public void ImportEqualsAndExportEqualsBecomeCommonJs()
    {
        Assert.Equal("const fs = require(\"fs\");\nmodule.exports = fs.readFileSync;",
            Transform("import fs = require(\"fs\");\nexport = fs.readFileSync;", new TransformOptions { TypeScript = true }));
    }

    [Fact]
    public void ClassicJsxCallsTheFactory()
    {
        var code = Transform("const e = <div id=\"a\" {...p}>\n  hi {name}\n  <b />\n</div>;",
            new TransformOptions { Jsx = true, JsxRuntime = JsxRuntime.Classic, Module = true });
        Assert.Equal("const e = React.createElement(\"div\", { id: \"a\", ...p }, \"hi \", name, React.createElement(\"b\", null));", code);
    }

    [Fact]
    public void AutomaticJsxImportsTheRuntimeAndPassesTheKeyApart()
    {
        var code = Transform("export const e = <><A key={k} x={1}>a</A><b /></>;",
            new TransformOptions { Jsx = true, JsxRuntime = JsxRuntime.Automatic, Module = true });
        Assert.Equal("import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from \"react/jsx-runtime\";\n"
            + "export const e = _jsxs(_Fragment, { children: [_jsx(A, { x: 1, children: \"a\" }, k), _jsx(\"b\", {})] });", code);
    }

    [Fact]
    public void APragmaCommentChoosesTheClassicFactory()
    {
        var code = Transform("/** @jsx h */\nconst e = <div />;", new TransformOptions { Jsx = true, Module = true });
        Assert.Equal("/** @jsx h */\nconst e = h(\"div\", null);", code);
    }

    [Fact]
    public void InTsxAGenericArrowNeedsAComma()
    {
        var options = new TransformOptions { TypeScript = true, Jsx = true, JsxRuntime = JsxRuntime.Classic, Module = true };
        Assert.Equal("const f = (x) => x;", Transform("const f = <T,>(x: T) => x;", options));
        Assert.Equal("const e = React.createElement(T, null, \"x\");", Transform("const e = <T>x</T>;", options));
    }

    [Fact]
    public void LegacyDecoratorsAreCallsAfterTheClass()
    {
        var code = Transform("@d class A { @m x = 1; f(@p y) {} }", new TransformOptions { TypeScript = true, ExperimentalDecorators = true, Module = true });
        Assert.EndsWith("let A = class A {  x = 1; f( y) {} };\n__decorate([m], A.prototype, \"x\", void 0);\n__decorate([__param(0, p)], A.prototype, \"f\", null);\nA = __decorate([d], A);", code);
        Assert.StartsWith("var __decorate = ", code);
        Assert.Contains("var __param = ", code, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentsMapTheOutputBackToTheSource()
    {
        var source = "let x: number = 1;\nlet y = x;";
        var result = SourceTransformer.Transform(source, new TransformOptions { TypeScript = true, Module = true });
        Assert.Equal("let x = 1;\nlet y = x;", result.Code);
        // "= 1;" follows the erased annotation: it maps to where it was written.
        var segment = result.Segments.Last(s => s.Generated <= result.Code.IndexOf('=', StringComparison.Ordinal));
        Assert.True(segment.Copied);
        Assert.Equal(source.IndexOf('=', StringComparison.Ordinal), segment.Original + (result.Code.IndexOf('=', StringComparison.Ordinal) - segment.Generated));
    }

    [Theory]
    [InlineData("let x: = 1;", 1, 8, "Type expected")]
    [InlineData("class A { @dec #m() { return super.x; } }", 1, 11, "A decorated private method that uses `super` is not supported yet")]
    [InlineData("const A = @dec function () {};", 1, 11, "Decorators are not valid here.")]
    [InlineData("enum E { 1 = 2 }", 1, 10, "An enum member cannot have a numeric name.")]
    public void BadInputIsASyntaxErrorWithItsPosition(string source, int line, int column, string message)
    {
        var result = SourceTransformer.Transform(source, new TransformOptions { TypeScript = true, Module = true });
        Assert.NotNull(result.Error);
        Assert.Equal((line, column), (result.Error!.Line, result.Error.Column));
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
    }
}
