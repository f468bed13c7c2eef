// What scope analysis binds: each test parses a line and checks which symbol the identifiers
// named in it carry (the n-th Identifier with that name, in source order), the symbol's kind
// and flags, and what stays a global.

using System.Collections;
using System.Reflection;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;
using Xunit;

namespace Sharpack.JavaScript.Tests.Scopes;

public sealed class ScopeBindingTests
{
    /// <summary>A parsed and analyzed program, with its identifiers in source order.</summary>
    private sealed class Bound
    {
        private readonly List<Identifier> _identifiers = [];

        public Bound(string source, SourceType type, bool jsx = false)
        {
            var result = JavaScriptParser.Parse(source, new ParseOptions { SourceType = type, Jsx = jsx, AnalyzeScopes = true });
            Assert.Null(result.Error);
            Program = result.Program!;
            Tree = result.Scopes!;
            Collect(Program, _identifiers, []);
            _identifiers.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        public Program Program { get; }

        public ScopeTree Tree { get; }

        public Identifier Id(string name, int occurrence = 0) => _identifiers.Where(id => id.Name == name).ElementAt(occurrence);

        /// <summary>The symbol of the <paramref name="occurrence"/>-th identifier named <paramref name="name"/>.</summary>
        public int Sym(string name, int occurrence = 0) => Id(name, occurrence).Symbol;

        public Symbol Info(string name, int occurrence = 0) => Tree.GetSymbol(Sym(name, occurrence));

        // Test-only: walks every Node-typed field so tests need no visitor (with a stack: the
        // chains in LongChainsDoNotRecurse are deeper than the call stack).
        private static void Collect(Node root, List<Identifier> into, HashSet<object> seen)
        {
            var pending = new Stack<object?>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var value = pending.Pop();
                if (value is Node node)
                {
                    if (!seen.Add(node))
                        continue;
                    if (node is Identifier id)
                        into.Add(id);
                    foreach (var field in node.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
                    {
                        // A shorthand property's key is a copy of its value, at the same offset.
                        if (node is Property { Shorthand: true } && field.Name == nameof(Property.Key))
                            continue;
                        if (typeof(Node).IsAssignableFrom(field.FieldType) || field.FieldType.IsArray)
                            pending.Push(field.GetValue(node));
                    }
                }
                else if (value is IEnumerable items and not string)
                {
                    foreach (var item in items)
                        pending.Push(item);
                }
            }
        }
    }

    private static Bound Script(string source) => new(source, SourceType.Script);

    private static Bound Module(string source) => new(source, SourceType.Module);

    [Fact]
    public void ReferenceResolvesToDeclaration()
    {
        var b = Module("let x = 1; x;");
        Assert.True(b.Sym("x") >= 0);
        Assert.Equal(b.Sym("x"), b.Sym("x", 1));
        Assert.Equal(SymbolKind.Let, b.Info("x").Kind);
        Assert.Equal(1, b.Info("x").ReferenceCount);
        Assert.Same(b.Id("x"), b.Info("x").Declaration);
        Assert.Equal(b.Tree.RootScope, b.Info("x").Scope);
        Assert.Equal(0, b.Tree.UnresolvedReferences.Length);
    }

    [Fact]
    public void HoistedDeclarationsResolveBeforeTheyAppear()
    {
        var b = Script("x; f(); var x; function f(){}");
        Assert.Equal(b.Sym("x", 1), b.Sym("x"));
        Assert.Equal(b.Sym("f", 1), b.Sym("f"));
        Assert.Equal(SymbolKind.Var, b.Info("x").Kind);
        Assert.Equal(SymbolKind.Function, b.Info("f").Kind);

        var nested = Script("function g(){ { x; } { var x; } }");
        Assert.Equal(nested.Sym("x", 1), nested.Sym("x"));
        Assert.Equal(ScopeKind.Function, nested.Tree.GetScope(nested.Info("x").Scope).Kind);
    }

    [Fact]
    public void GlobalsStayUnresolved()
    {
        var b = Script("var fs = require('fs'); module.exports = process.env; typeof window; exports;");
        Assert.Equal(-1, b.Sym("require"));
        Assert.Equal(-1, b.Sym("module"));
        Assert.Equal(-1, b.Sym("window"));
        Assert.Equal(["require", "module", "process", "window", "exports"], b.Tree.UnresolvedNames);
        Assert.True(b.Tree.UsesGlobal("require"));
        Assert.False(b.Tree.UsesGlobal("fs"));
        Assert.Same(b.Id("require"), b.Tree.UnresolvedReferences[0].Node);
        // Member names are not references.
        Assert.Equal(-1, b.Sym("exports"));
        Assert.Equal(-1, b.Sym("env"));
        Assert.DoesNotContain("env", b.Tree.UnresolvedNames);
    }

    [Fact]
    public void NonBindingNamesAreLeftAlone()
    {
        var b = Script("var a, b; a.b; ({ b: a, [b]: 1 }); label: for (;;) break label; class C { b = 1; b() {} }");
        Assert.Equal(-1, b.Sym("b", 1)); // a.b
        Assert.Equal(-1, b.Sym("b", 2)); // key b:
        Assert.Equal(b.Sym("b"), b.Sym("b", 3)); // [b] is computed
        Assert.Equal(-1, b.Sym("b", 4)); // field b
        Assert.Equal(-1, b.Sym("label"));
        Assert.Empty(b.Tree.UnresolvedNames);
        var m = Module("import { a as b } from 'x'; export { b as c }; new.target; import.meta;".Replace("new.target; ", ""));
        Assert.Equal(-1, m.Sym("a"));
        Assert.Equal(-1, m.Sym("c"));
        Assert.Equal(m.Sym("b"), m.Sym("b", 1));
        Assert.Equal(-1, m.Sym("meta"));
    }

    [Fact]
    public void Shadowing()
    {
        var b = Script("let x; { let x; x; } x; function f(x){ x; }");
        Assert.NotEqual(b.Sym("x"), b.Sym("x", 1));
        Assert.Equal(b.Sym("x", 1), b.Sym("x", 2));
        Assert.Equal(b.Sym("x"), b.Sym("x", 3));
        Assert.Equal(b.Sym("x", 4), b.Sym("x", 5));
        Assert.Equal(SymbolKind.Parameter, b.Info("x", 4).Kind);
    }

    [Fact]
    public void Closures()
    {
        var b = Script("function outer(){ let a, b; b; return function(){ return a; }; }");
        Assert.Equal(b.Sym("a"), b.Sym("a", 1));
        Assert.True(b.Info("a").Flags.HasFlag(SymbolFlags.CapturedByClosure));
        Assert.False(b.Info("b").Flags.HasFlag(SymbolFlags.CapturedByClosure));
        var arrow = Script("let n = 0; const inc = () => n++;");
        Assert.True(arrow.Info("n").Flags.HasFlag(SymbolFlags.CapturedByClosure));
        Assert.True(arrow.Info("n").Flags.HasFlag(SymbolFlags.Assigned));
    }

    [Fact]
    public void TypeofOfAnUndeclaredName()
    {
        var b = Script("typeof x === 'undefined'; typeof y; let y;");
        Assert.Equal(-1, b.Sym("x"));
        Assert.Equal(b.Sym("y", 1), b.Sym("y"));
        Assert.Equal(["x"], b.Tree.UnresolvedNames);
    }

    [Fact]
    public void Assigned()
    {
        var b = Script("let a = 1; a = 2; let b = 1; b; var c = 1; var c = 2; let d; [d] = [1]; let e; e += 1; for (const f of []) f;");
        Assert.True(b.Info("a").Flags.HasFlag(SymbolFlags.Assigned));
        Assert.False(b.Info("b").Flags.HasFlag(SymbolFlags.Assigned));
        Assert.True(b.Info("c").Flags.HasFlag(SymbolFlags.Assigned));
        Assert.Equal(b.Sym("c"), b.Sym("c", 1));
        Assert.True(b.Info("d").Flags.HasFlag(SymbolFlags.Assigned));
        Assert.True(b.Info("e").Flags.HasFlag(SymbolFlags.Assigned));
        Assert.False(b.Info("f").Flags.HasFlag(SymbolFlags.Assigned));
        var loop = Script("for (var i in o); for (x of y);");
        Assert.True(loop.Info("i").Flags.HasFlag(SymbolFlags.Assigned));
        Assert.Equal(-1, loop.Sym("x"));
    }

    [Fact]
    public void Parameters()
    {
        var b = Script("function f(a, a){ var a; return a; }");
        Assert.Equal(b.Sym("a"), b.Sym("a", 1));
        Assert.Equal(b.Sym("a"), b.Sym("a", 2));
        Assert.Equal(b.Sym("a"), b.Sym("a", 3));
        Assert.Equal(SymbolKind.Parameter, b.Info("a").Kind);
    }

    [Fact]
    public void ParameterExpressionsCannotSeeBodyVars()
    {
        var b = Script("function f(a = () => x, b = a){ var x, a; return a + b; }");
        Assert.Equal(-1, b.Sym("x")); // the closure in the default sees the outer x
        Assert.Equal(b.Sym("x", 1), b.Tree.Resolve(b.Info("x", 1).Scope, "x"));
        Assert.Equal(b.Sym("a"), b.Sym("a", 1)); // b = a sees the parameter
        int bodyA = b.Sym("a", 2);
        Assert.NotEqual(b.Sym("a"), bodyA); // the body var is a new binding ...
        Assert.Equal(b.Sym("a"), b.Tree.GetSymbol(bodyA).Link); // ... that starts with the parameter's value
        Assert.Equal(bodyA, b.Sym("a", 3));
        Assert.Equal(b.Sym("b"), b.Sym("b", 1));
        var parameters = b.Tree.GetSymbol(b.Sym("a")).Scope;
        var body = b.Tree.GetSymbol(bodyA).Scope;
        Assert.Equal(ScopeKind.FunctionParameters, b.Tree.GetScope(parameters).Kind);
        Assert.Equal(ScopeKind.Function, b.Tree.GetScope(body).Kind);
        Assert.Equal(parameters, b.Tree.GetScope(body).Parent);

        // Destructuring without expressions needs no separate scope.
        var simple = Script("function f({a}){ var a; return a; }");
        Assert.Equal(simple.Sym("a"), simple.Sym("a", 2));
    }

    [Fact]
    public void Arguments()
    {
        var b = Script("function f(){ return () => arguments; } arguments;");
        var symbol = b.Info("arguments");
        Assert.Equal(SymbolKind.Arguments, symbol.Kind);
        Assert.Same(b.Program.Body[0], symbol.Declaration);
        Assert.Equal(-1, b.Sym("arguments", 1)); // top level: a global
        Assert.Equal(SymbolKind.Parameter, Script("function f(arguments){ arguments; }").Info("arguments", 1).Kind);
        Assert.Equal(SymbolKind.Var, Script("function f(){ var arguments; arguments; }").Info("arguments", 1).Kind);
        var defaults = Script("function f(a = arguments){ return arguments; }");
        Assert.Equal(defaults.Sym("arguments"), defaults.Sym("arguments", 1));
    }

    [Fact]
    public void AnnexBFunctionInBlock()
    {
        var b = Script("function g(){ f; { function f(){} f; } f; }");
        int block = b.Sym("f", 1);
        int hoisted = b.Sym("f");
        Assert.Equal(SymbolKind.Function, b.Tree.GetSymbol(block).Kind);
        Assert.Equal(SymbolKind.HoistedFunction, b.Tree.GetSymbol(hoisted).Kind);
        Assert.Equal(hoisted, b.Tree.GetSymbol(block).Link);
        Assert.Equal(block, b.Sym("f", 2));
        Assert.Equal(hoisted, b.Sym("f", 3));
        Assert.Equal(hoisted, b.Tree.GetNameRoot(block));

        // Joins an existing var; skipped for a lexical name, a parameter, or a blocking block; not in strict code.
        var joined = Script("var f; { function f(){} }");
        Assert.Equal(joined.Sym("f"), joined.Tree.GetSymbol(joined.Sym("f", 1)).Link);
        var lexical = Script("let f; { function f(){} } f;");
        Assert.Equal(lexical.Sym("f"), lexical.Sym("f", 2));
        Assert.Equal(-1, lexical.Tree.GetSymbol(lexical.Sym("f", 1)).Link);
        var parameter = Script("function g(f){ { function f(){} } return f; }");
        Assert.Equal(parameter.Sym("f"), parameter.Sym("f", 2));
        var blocked = Script("function g(){ { let f; { function f(){} } } return f; }");
        Assert.Equal(-1, blocked.Sym("f", 2));
        var strict = Script("'use strict'; { function f(){} } f;");
        Assert.Equal(-1, strict.Sym("f", 1));
        var ifClause = Script("if (x) function f(){} f;");
        Assert.Equal(SymbolKind.HoistedFunction, ifClause.Info("f", 1).Kind);
        var inSwitch = Script("switch (x) { case 1: function f(){} } f;");
        Assert.Equal(SymbolKind.HoistedFunction, inSwitch.Info("f", 1).Kind);
        var asyncInBlock = Script("{ async function f(){} } f;");
        Assert.Equal(-1, asyncInBlock.Sym("f", 1)); // only plain functions get Annex B vars
        var throughCatch = Script("try {} catch (f) { { function f(){} } } f;");
        Assert.Equal(SymbolKind.HoistedFunction, throughCatch.Info("f", 2).Kind);
    }

    [Fact]
    public void ForHeadScopes()
    {
        var b = Script("let i = 'outer'; for (let i of i) { i; } for (let j = i;;) j;");
        Assert.Equal(b.Sym("i", 1), b.Sym("i", 2)); // the right-hand side sees the loop's i (in its TDZ)
        Assert.Equal(b.Sym("i", 1), b.Sym("i", 3));
        Assert.Equal(b.Sym("i"), b.Sym("i", 4));
        Assert.Equal(ScopeKind.For, b.Tree.GetScope(b.Info("j").Scope).Kind);
    }

    [Fact]
    public void DefaultExportedDeclarations()
    {
        var b = Module("export default class C { m(){ return C; } } C;");
        Assert.Equal(SymbolKind.Class, b.Info("C").Kind);
        Assert.True(b.Info("C").Flags.HasFlag(SymbolFlags.Exported));
        Assert.Equal(b.Sym("C"), b.Sym("C", 2));
        Assert.Equal([new ModuleExport("default", b.Sym("C"))], b.Tree.Exports.ToArray());
    }

    [Fact]
    public void CatchParameterAndVar()
    {
        var b = Script("try {} catch (e) { var e = 1; e; } e;");
        int parameter = b.Sym("e");
        Assert.Equal(SymbolKind.CatchParameter, b.Tree.GetSymbol(parameter).Kind);
        Assert.Equal(parameter, b.Sym("e", 1)); // the initializer assigns the catch parameter
        Assert.Equal(parameter, b.Sym("e", 2));
        int variable = b.Sym("e", 3);
        Assert.Equal(SymbolKind.Var, b.Tree.GetSymbol(variable).Kind);
        Assert.Equal(variable, b.Tree.GetSymbol(parameter).Link);
        Assert.Equal(ScopeKind.Catch, b.Tree.GetScope(b.Tree.GetSymbol(parameter).Scope).Kind);
    }

    [Fact]
    public void ClassNames()
    {
        var b = Script("class C extends C { m(){ return C; } } C;");
        int outer = b.Sym("C");
        int inner = b.Sym("C", 1);
        Assert.Equal(SymbolKind.Class, b.Tree.GetSymbol(outer).Kind);
        Assert.Equal(SymbolKind.ClassName, b.Tree.GetSymbol(inner).Kind);
        Assert.Equal(outer, b.Tree.GetSymbol(inner).Link);
        Assert.Equal(inner, b.Sym("C", 2));
        Assert.Equal(outer, b.Sym("C", 3));
        Assert.Equal(1, b.Tree.GetSymbol(outer).ReferenceCount);

        var expression = Script("(class D { m(){ D; } }); D;");
        Assert.Equal(SymbolKind.ClassName, expression.Info("D").Kind);
        Assert.Equal(expression.Sym("D"), expression.Sym("D", 1));
        Assert.Equal(-1, expression.Sym("D", 2));
    }

    [Fact]
    public void FunctionExpressionNames()
    {
        var b = Script("(function f(){ f; }); f;");
        Assert.Equal(SymbolKind.FunctionName, b.Info("f").Kind);
        Assert.Equal(b.Sym("f"), b.Sym("f", 1));
        Assert.Equal(-1, b.Sym("f", 2));
        var scope = b.Tree.GetScope(b.Info("f").Scope);
        Assert.Equal(ScopeKind.FunctionName, scope.Kind);
        Assert.Equal(ScopeKind.Function, b.Tree.GetScope(b.Tree.ScopeOf(scope.Node)).Kind);
    }

    [Fact]
    public void DirectEval()
    {
        var b = Script("function f(){ { eval('x'); } } function g(){}");
        Assert.True(b.Tree.HasDirectEval);
        int block = b.Tree.GetScope(b.Tree.UnresolvedReferences[0].Scope).Parent;
        Assert.True(b.Tree.IsTaintedByEval(b.Tree.UnresolvedReferences[0].Scope));
        Assert.True(b.Tree.IsTaintedByEval(block));
        Assert.True(b.Tree.IsTaintedByEval(b.Tree.RootScope));
        Assert.False(b.Tree.IsTaintedByEval(b.Tree.ScopeOf(b.Program.Body[1])));

        Assert.True(Script("(eval)('x');").Tree.HasDirectEval);
        Assert.False(Script("function f(eval){ eval('x'); }").Tree.HasDirectEval);
        Assert.False(Script("eval?.('x');").Tree.HasDirectEval);
        Assert.False(Script("(0, eval)('x');").Tree.HasDirectEval);
        Assert.False(Script("window.eval('x');").Tree.HasDirectEval);
    }

    [Fact]
    public void With()
    {
        var b = Script("let y; with (o) { x; y; (function(z){ z; }); }");
        Assert.Equal(-1, b.Sym("x"));
        Assert.True(b.Tree.UnresolvedReferences[1].InsideWith);
        Assert.Equal("x", b.Tree.UnresolvedReferences[1].Name);
        Assert.False(b.Tree.UnresolvedReferences[0].InsideWith); // o
        Assert.True(b.Info("y").Flags.HasFlag(SymbolFlags.UsedInWith));
        Assert.False(b.Info("z").Flags.HasFlag(SymbolFlags.UsedInWith));
        Assert.True(b.Tree.IsInsideWith(b.Info("z").Scope));
    }

    [Fact]
    public void Exports()
    {
        var b = Module("export const a = 1; let b; export { b as c, b }; export default function f(){} export * as ns from 'x'; export { d } from 'y'; import e from 'e'; export { e };");
        var exports = b.Tree.Exports.ToArray();
        Assert.Equal(
            [new ModuleExport("a", b.Sym("a")), new ModuleExport("default", b.Sym("f")), new ModuleExport("c", b.Sym("b")), new ModuleExport("b", b.Sym("b")), new ModuleExport("e", b.Sym("e"))],
            exports);
        Assert.True(b.Info("a").Flags.HasFlag(SymbolFlags.Exported));
        Assert.True(b.Info("b").Flags.HasFlag(SymbolFlags.Exported));
        Assert.Equal(2, b.Info("b").ReferenceCount);
        Assert.Equal(b.Sym("b"), b.Sym("b", 1));
        Assert.Equal(-1, b.Sym("d"));
        Assert.Equal([new ModuleExport("default", -1)], Module("export default 1 + 2;").Tree.Exports.ToArray());
    }

    [Fact]
    public void TopLevelSymbols()
    {
        var b = Module("import a from 'a'; let b; function c(){ var inner; } { var d; let e; } class F {}");
        var names = new List<string>();
        foreach (int symbol in b.Tree.TopLevelSymbols)
            names.Add(b.Tree.GetSymbol(symbol).Name);
        Assert.Equal(["a", "b", "c", "d", "F"], names);
        Assert.Equal(b.Sym("d"), b.Tree.FindSymbol(b.Tree.RootScope, "d"));
        Assert.Equal(-1, b.Tree.FindSymbol(b.Tree.RootScope, "e"));
        Assert.Equal(ScopeKind.Module, b.Tree.GetScope(b.Tree.RootScope).Kind);
    }

    [Fact]
    public void ManySymbolsInOneScope()
    {
        var source = string.Concat(Enumerable.Range(0, 200).Select(i => $"var v{i} = {i}; ")) + "v0 + v150 + v199;";
        var b = Script(source);
        Assert.Equal(b.Sym("v150"), b.Sym("v150", 1));
        Assert.Equal(b.Sym("v150"), b.Tree.FindSymbol(b.Tree.RootScope, "v150"));
        Assert.Equal(200, b.Tree.TopLevelSymbols.Length);
    }

    [Fact]
    public void ScopesOfNodes()
    {
        var b = Script("for (let i of []) { i; } try {} catch (e) { e; } switch (x) { case 1: let s; } function f(){} label: { }");
        var body = b.Program.Body;
        Assert.Equal(ScopeKind.For, b.Tree.GetScope(b.Tree.ScopeOf(body[0])).Kind);
        Assert.Equal(ScopeKind.Block, b.Tree.GetScope(b.Tree.ScopeOf(((ForOfStatement)body[0]).Body)).Kind);
        var handler = ((TryStatement)body[1]).Handler!;
        Assert.Equal(b.Tree.ScopeOf(handler), b.Tree.ScopeOf(handler.Body));
        Assert.Equal(ScopeKind.Catch, b.Tree.GetScope(b.Tree.ScopeOf(handler)).Kind);
        Assert.Equal(ScopeKind.Switch, b.Tree.GetScope(b.Tree.ScopeOf(body[2])).Kind);
        var function = (FunctionDeclaration)body[3];
        Assert.Equal(b.Tree.ScopeOf(function), b.Tree.ScopeOf(function.Body));
        Assert.Equal(-1, b.Tree.ScopeOf(body[4]));
        // Scopes are numbered in the order they open.
        for (int i = 1; i < b.Tree.Scopes.Length; i++)
            Assert.True(b.Tree.Scopes[i].Parent < i);
    }

    [Fact]
    public void Strictness()
    {
        var b = Script("function f(){ 'use strict'; { x; } } function g(){ class C { m(){ y; } } }");
        Assert.False(b.Tree.IsStrict(b.Tree.RootScope));
        Assert.True(b.Tree.IsStrict(b.Tree.UnresolvedReferences[0].Scope));
        Assert.True(b.Tree.IsStrict(b.Tree.UnresolvedReferences[1].Scope));
        Assert.False(b.Tree.IsStrict(b.Tree.ScopeOf(b.Program.Body[1])));
        Assert.True(Module("x;").Tree.IsStrict(0));
    }

    [Fact]
    public void JsxNamesAreReferences()
    {
        var b = new Bound("import Foo from 'foo'; <Foo><div a={x} /><Bar.Baz /></Foo>;", SourceType.Module, jsx: true);
        Assert.Equal(1, b.Info("Foo").ReferenceCount);
        Assert.Equal(["x", "Bar"], b.Tree.UnresolvedNames);
    }

    [Fact]
    public void LongChainsDoNotRecurse()
    {
        var sum = "var a; a" + string.Concat(Enumerable.Repeat(" + a", 200_000)) + ";";
        var b = Script(sum);
        Assert.Equal(200_001, b.Info("a").ReferenceCount);
        var calls = "var p; p" + string.Concat(Enumerable.Repeat(".then(x => x)[k]", 50_000)) + ";";
        Assert.Equal(50_000, Script(calls).Tree.UnresolvedReferences.Length);
    }

    [Fact]
    public void TooDeeplyNestedIsAnError()
    {
        // Deeper than a 1 MB stack allows: nested array literals built by hand.
        Node node = new Identifier(0, 1, "x");
        for (int i = 0; i < 300_000; i++)
            node = new ArrayExpression(0, 1, [node]);
        var program = new Program(0, 1, [new ExpressionStatement(0, 1, node, null)], isModule: false);
        ScopeError? error = null;
        var thread = new Thread(() => ScopeAnalyzer.Analyze(program, "x", out error), 1 << 20);
        thread.Start();
        thread.Join();
        Assert.Equal("Too deeply nested", error?.Message);
    }

    [Fact]
    public void AnalyzerIsReusable()
    {
        // The per-thread binder is reused; an error must not leak state into the next file.
        Assert.NotNull(JavaScriptParser.Parse("{ let a; let a; }", new ParseOptions { SourceType = SourceType.Script }).Error);
        var b = Script("let a; a;");
        Assert.Equal(b.Sym("a"), b.Sym("a", 1));
        Assert.Equal(2, b.Tree.Scopes.Length + b.Tree.Symbols.Length);
    }
}
