// Follows webpack lib/dependencies/CommonJsImportsParserPlugin.js (and CommonJsPlugin's free
// variables): require("x") is a dependency (an AMD local module when define("x", …) named one),
// require(expression) with a known prefix is a context, `typeof require` is "function",
// require.cache is the module cache and require.main the entry module's cache entry.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Context;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>CommonJS requires.</summary>
public static class CommonJsImportsParserPlugin
{
    private const string Name = "CommonJsImportsParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("require").Tap(Name, static (parser, call) =>
            parser.ParserOptions.Commonjs && parser.IsRequire(call.Callee) ? Require(parser, call, call.Callee, call.Arguments, callNew: false) : null);
        hooks.New.For("require").Tap(Name, static (parser, expression) =>
            parser.ParserOptions.Commonjs && parser.IsRequire(expression.Callee) ? Require(parser, expression, expression.Callee, expression.Arguments, callNew: true) : null);
        hooks.Call.For("module.require").Tap(Name, static (parser, call) =>
            parser.CommonJs ? Require(parser, call, call.Callee, call.Arguments, callNew: false) : null);
        hooks.New.For("module.require").Tap(Name, static (parser, expression) =>
            parser.CommonJs ? Require(parser, expression, expression.Callee, expression.Arguments, callNew: true) : null);
        // `require` used as a value (webpack's requireAsExpressionHandler): a context of the
        // unknown request, which holds nothing, with webpack's critical-dependency warning.
        hooks.Expression.For("require").Tap(Name, static (parser, node) =>
        {
            if (!parser.CommonJs || !parser.IsRequire(node))
                return null;
            var context = new ContextDependency(".", new ContextOptions(Recursive: true, "", "", "sync")) { Start = node.Start, End = node.End };
            context.Replacements.Add((node.Start, node.End, (parser.InShorthand ? "require: " : "") + "__webpack_require__({id})"));
            if (parser.ParserOptions.ExprContextCritical)
                parser.Result.Warnings.Add(parser.Warning(node.Start, "Critical dependency: require function is used in a way in which dependencies cannot be statically extracted"));
            parser.AddDependency(context);
            return true;
        });
        // `require("x").a.b` and `require("x").a.b(…)` use only that path of x.
        hooks.MemberChainOfCallMemberChain.For("require").Tap(Name, static (parser, member, members) =>
            FullRequire(parser, member, JavascriptParser.GetCallOfMemberChain(member), members, null));
        hooks.CallMemberChainOfCallMemberChain.For("require").Tap(Name, static (parser, call, members) =>
            call.Callee is MemberExpression callee ? FullRequire(parser, callee, JavascriptParser.GetCallOfMemberChain(callee), members, call) : null);
        // webpack's `var r = require`: r stands for require in calls, and the initializer becomes
        // undefined (there is no require function in the bundle to hand over).
        ApplyRequireBinding(hooks);
        hooks.CanRename.For("require").Tap(Name, static (parser, _) => parser.CommonJs ? true : null);
        hooks.Rename.For("require").Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, "undefined");
            return false;
        });
        // A require function createRequire made is one in a strict ES module too (webpack's CreateRequireParserPlugin).
        hooks.Typeof.For("require").Tap(Name, static (parser, unary) =>
            ReplaceIf(parser.CommonJs || parser.IsCreatedRequire(unary.Argument), parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("require").Tap(Name, static (parser, unary) =>
            EvaluateTypeofIf(parser.CommonJs || (unary is UnaryExpression { Argument: var argument } && parser.IsCreatedRequire(argument)), unary, "function"));
        hooks.Expression.For("require.cache").Tap(Name, static (parser, node) =>
            ReplaceIf(parser.CommonJs || (node is MemberExpression { Object: var cacheOf } && parser.IsCreatedRequire(cacheOf)), parser, node, "__webpack_require__.c", RuntimeGlobals.ModuleCache));
        // CommonJsPlugin: the entry module is the module cache's entry for the entry module id.
        hooks.Expression.For("require.main").Tap(Name, static (parser, node) =>
            ReplaceIf(parser.CommonJs, parser, node, "__webpack_require__.c[__webpack_require__.s]", RuntimeGlobals.ModuleCache | RuntimeGlobals.EntryModuleId));
    }

    // webpack's createRequireCallHandler: require(x), new require(x), module.require(x). A request
    // known at build time is its module (or an AMD local module defined earlier in the file); each
    // branch of a conditional its own; anything else a context.
    private static bool? Require(JavascriptParser parser, Node expression, Node callee, Node[] arguments, bool callNew)
    {
        if (IgnoredByMagicComment(parser, expression))
            return true;
        if (arguments.Length != 1 || arguments[0] is SpreadElement)
            return null;
        var argument = arguments[0];
        var evaluated = parser.EvaluateExpression(argument);
        if (evaluated is { Kind: EvaluatedKind.Conditional, Options: { } options })
        {
            var isExpression = false;
            foreach (var option in options)
            {
                if (parser.EvaluateString(option) is { } optionRequest)
                    parser.AddDependency(new CommonJsRequireItemDependency(optionRequest) { Start = option.Start, End = option.End });
                else
                    isExpression = true;
            }
            if (!isExpression)
            {
                parser.Replace(callee.Start, callee.End, "__webpack_require__", RuntimeGlobals.Require);
                parser.Walk(argument);
                return true;
            }
        }
        if (evaluated?.String is { } request)
        {
            if (parser.GetAmdLocalModule(request, null) is { } localModule)
            {
                // webpack's LocalModuleDependency: `new` of a local module makes a new object
                // whose prototype is the module's value.
                parser.Replace(expression.Start, expression.End, callNew
                    ? "new (function () { return " + localModule.VariableName + "; })()"
                    : localModule.VariableName);
                return true;
            }
            // `new require("x")` keeps its `new`: the call after it is rewritten.
            if (!callNew && expression is CallExpression call)
                AddRequire(parser, call, request);
            else
                parser.AddDependency(new CommonJsRequireDependency(request)
                {
                    Start = callee.Start,
                    End = expression.End,
                    NewStart = expression.Start,
                    CanConcatenate = true,
                    // A statement's whole `new require("x")`: its value is read by nobody.
                    ReferencedExports = parser.IsStatementLevelExpression(expression) ? [] : null,
                });
            return true;
        }
        var context = ContextDependencyHelpers.Create(parser, argument, "sync")
            ?? ContextDependencyHelpers.CreateForExpression(parser, expression, argument, "sync");
        context.Replacements.Add((callee.Start, callee.End, "__webpack_require__({id})"));
        parser.AddDependency(context);
        ContextDependencyHelpers.WalkRequest(parser, argument, context);
        return true;
    }

    private const string BindingTag = "cjs require binding";

    // `const name = require("x")`: name's static member reads say what is used of x (webpack's
    // require bound to a const variable); any other read of name uses the whole exports object.
    private sealed class RequireBinding(Identifier declaration) : ExportsBinding(declaration)
    {
        public bool Whole;
        public CommonJsRequireDependency? Dependency;

        public override void UseWhole()
        {
            Whole = true;
            Dependency?.ReferencedExports = null;
        }
    }

    private static void AddRequire(JavascriptParser parser, CallExpression call, string request)
    {
        var dependency = new CommonJsRequireDependency(request) { Start = call.Start, End = call.End, ReferencedExports = ReferencedExportsOf(parser, call), CanConcatenate = true };
        parser.AddDependency(dependency);
        if (dependency.ReferencedExports is null && parser.ConstDeclaratorIdFor(call) is { } id && call.Callee is Identifier { Symbol: -1 })
        {
            // A top-level binding was tagged before the walk (reads above it count too).
            if (parser.GetTag(id.Symbol)?.Data is not RequireBinding binding)
            {
                binding = new RequireBinding(id);
                parser.TagVariable(id.Symbol, BindingTag, binding);
            }
            binding.Dependency = dependency;
            dependency.ReferencedExports = binding.Whole ? null : binding.Referenced;
            dependency.Binding = binding;
        }
    }

    // webpack's preDeclarator, for the program's own `const name = require("literal")`: tagged
    // before the walk, so a function declared above that reads name (called later, a require
    // deferred for a cycle) counts.
    private static void TagTopLevelRequireBindings(JavascriptParser parser, Program program)
    {
        if (!parser.CommonJs || !parser.ParserOptions.Commonjs)
            return;
        foreach (var statement in program.Body)
        {
            if (statement is not VariableDeclaration { Kind: VariableKind.Const } declaration)
                continue;
            foreach (var declarator in declaration.Declarations)
            {
                if (declarator is { Id: Identifier { Symbol: >= 0 } id, Init: CallExpression { Callee: Identifier { Symbol: -1, Name: "require" }, Arguments: [Literal { Kind: LiteralKind.String }] } })
                    parser.TagVariable(id.Symbol, BindingTag, new RequireBinding(id));
            }
        }
    }

    private static void ApplyRequireBinding(JavascriptParserHooks hooks)
    {
        hooks.Program.Tap(Name, static (parser, program) =>
        {
            TagTopLevelRequireBindings(parser, program);
            return null;
        });
        hooks.Expression.For(BindingTag).Tap(Name, static (parser, node) =>
        {
            if (node is not Identifier { Symbol: >= 0 } identifier || parser.GetTag(identifier.Symbol)?.Data is not RequireBinding binding)
                return null;
            binding.Read(parser, identifier);
            return true;
        });
        hooks.ExpressionMemberChain.For(BindingTag).Tap(Name, static (parser, member, path) =>
        {
            if (JavascriptParser.GetMemberChain(member, out var root) is not { } members || root is not Identifier { Symbol: >= 0 } identifier
                || parser.GetTag(identifier.Symbol)?.Data is not RequireBinding binding)
                return null;
            binding.ReadMembers(members);
            return true;
        });
        hooks.Finish.Tap(Name, static (parser, _) =>
        {
            foreach (var dependency in parser.Result.Dependencies)
            {
                if (dependency is not CommonJsRequireDependency { Binding: RequireBinding binding } require)
                    continue;
                // An exported binding escapes whole (`export const m = require(…)`, `export { m }`).
                if (binding.Escaped(parser))
                    binding.UseWhole();
                require.Binding = null;
            }
        });
    }

    // webpack's getRequireReferencedExportsFromDestructuring and its evaluation-only require: what
    // `const { a, b } = require("x")` uses (a, b), nothing for `require("x");`, else everything (null).
    private static IReadOnlyList<IReadOnlyList<string>>? ReferencedExportsOf(JavascriptParser parser, CallExpression call)
    {
        if (parser.DestructuringAssignmentPropertiesFor(call) is { } keys)
        {
            var paths = new IReadOnlyList<string>[keys.Count];
            for (var i = 0; i < paths.Length; i++) paths[i] = [keys[i]];
            return paths;
        }
        return parser.IsStatementLevelExpression(call) ? [] : null;
    }

    // webpack's chainHandler and callChainHandler: the member chain becomes one dependency.
    private static bool? FullRequire(JavascriptParser parser, MemberExpression member, CallExpression? require, IReadOnlyList<string> members, CallExpression? call)
    {
        if (require is not { Arguments.Length: 1 } || !parser.ParserOptions.Commonjs || !parser.IsRequire(require.Callee)
            || require.Arguments[0] is SpreadElement || parser.EvaluateString(require.Arguments[0]) is not { } request
            || parser.GetAmdLocalModule(request, null) is not null)
            return null;
        // The chain up to its first `?.` (webpack's getNonOptionalPart): what follows stays as written.
        var nonOptional = JavascriptParser.NonOptionalLength(member, members.Count);
        if (nonOptional == 0)
            return null;
        var ends = JavascriptParser.MemberEnds(member, members.Count, 0, nonOptional);
        var names = nonOptional == members.Count ? members : CommonJsDependencyHelpers.WithoutLast(members, members.Count - nonOptional);
        parser.AddDependency(new CommonJsFullRequireDependency(request, names, call is not null && nonOptional == members.Count)
        {
            Start = member.Start,
            End = ends[^1],
            NameEnds = ends,
            AsiSafe = !parser.IsAsiPosition(member.Start),
            IsOptional = parser.InTry,
            NamespaceObjectAsContext = call is not null && nonOptional == members.Count && parser.ParserOptions.StrictThisContextOnImports,
        });
        if (call is not null)
        {
            foreach (var argument in call.Arguments)
                parser.Walk(argument);
        }
        return true;
    }

    /// <summary>
    /// With the parser option <c>commonjsMagicComments</c>, whether a <c>webpackIgnore: true</c>
    /// comment inside <paramref name="call"/> leaves it to the platform untouched (its arguments
    /// unwalked); a comment that does not parse, or a webpackIgnore that is not a boolean, is a warning.
    /// </summary>
    internal static bool IgnoredByMagicComment(JavascriptParser parser, Node call)
    {
        if (!parser.ParserOptions.CommonjsMagicComments)
            return false;
        var magic = parser.ParseCommentOptions(call);
        if (!magic.TryGetValue("webpackIgnore", out var ignore))
            return false;
        if (ignore.Boolean is not { } value)
        {
            parser.Result.Warnings.Add(parser.Warning(call.Start, $"`webpackIgnore` expected a boolean, but received: {ignore}."));
            return false;
        }
        return value;
    }

    /// <summary>What <c>typeof</c> of a free name answers (<paramref name="type"/>) when <paramref name="condition"/> holds, for the evaluator.</summary>
    internal static BasicEvaluatedExpression? EvaluateTypeofIf(bool condition, Node node, string type) =>
        condition ? BasicEvaluatedExpression.OfString(type, node.Start, node.End) : null;

    /// <summary>Replaces <paramref name="node"/> by <paramref name="code"/> when <paramref name="condition"/> holds; true then.</summary>
    internal static bool? ReplaceIf(bool condition, JavascriptParser parser, Node node, string code, RuntimeGlobals requirements = default)
    {
        if (!condition)
            return null;
        // `{ define }` keeps its key: `{ define: __webpack_require__.amdD }`.
        if (parser.InShorthand && node is Identifier identifier)
            code = identifier.Name + ": " + code;
        parser.Replace(node.Start, node.End, code, requirements);
        return true;
    }
}
