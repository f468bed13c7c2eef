// Follows webpack lib/dependencies/CommonJsExportsParserPlugin.js and CommonJsPlugin's free
// variables. A CommonJS module's exports are analysed as webpack does, so unused ones can be tree
// shaken and used ones mangled: `exports.x = …`, `module.exports.x = …`, top-level `this.x = …`
// and `Object.defineProperty(exports, "x", …)` provide x; `exports.x = require("./y")` (and
// `module.exports = require("./y")`) re-export; `exports.x` read in the module uses x. Using
// `module`, `module.exports` or `exports` as a value (passed around, assigned whole) is a bailout:
// the module may export anything (DynamicExports). The `__esModule` flag makes the exports type
// "flagged" (set truthy at the top level) or "dynamic". In an ES module none of this applies:
// `module` there gets the harmony module decorator, whose exports setter throws as in webpack.
// Also: module.id and module.loaded need their globals, module.hot is undefined without HMR,
// `typeof module`/`typeof exports` is "object".

using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>CommonJS <c>module</c>, <c>exports</c> and top-level <c>this</c>: exports analysis, self references and bailouts.</summary>
public static class CommonJsExportsParserPlugin
{
    private const string Name = "CommonJsExportsParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        // Exporting.
        hooks.AssignMemberChain.For("exports").Tap(Name, static (parser, assignment, members) =>
            HandleAssignExport(parser, assignment, CommonJsBase.Exports, members));
        hooks.AssignMemberChain.For("this").Tap(Name, static (parser, assignment, members) =>
            parser.InTopLevelThisScope ? HandleAssignExport(parser, assignment, CommonJsBase.This, members) : null);
        hooks.AssignMemberChain.For("module").Tap(Name, static (parser, assignment, members) =>
            members.Count > 0 && members[0] == "exports" ? HandleAssignExport(parser, assignment, CommonJsBase.ModuleExports, Rest(members)) : null);
        hooks.Call.For("Object.defineProperty").Tap(Name, static (parser, call) => HandleDefineProperty(parser, call));

        // Self references.
        hooks.CallMemberChain.For("exports").Tap(Name, static (parser, call, path) =>
            call.Callee is MemberExpression callee && JavascriptParser.GetMemberChain(callee, out _) is { } members
                ? HandleAccessExport(parser, callee, CommonJsBase.Exports, members, call) : null);
        hooks.ExpressionMemberChain.For("exports").Tap(Name, static (parser, member, path) =>
            JavascriptParser.GetMemberChain(member, out _) is { } members ? HandleAccessExport(parser, member, CommonJsBase.Exports, members, null) : null);
        hooks.Expression.For("exports").Tap(Name, static (parser, node) =>
        {
            if (parser.Result.IsEsm || !parser.CommonJs)
                return null;
            return HandleAccessExport(parser, node, CommonJsBase.Exports, [], null);
        });
        hooks.CallMemberChain.For("module").Tap(Name, static (parser, call, path) =>
            call.Callee is MemberExpression callee && JavascriptParser.GetMemberChain(callee, out _) is { Length: > 0 } members && members[0] == "exports"
                ? HandleAccessExport(parser, callee, CommonJsBase.ModuleExports, Rest(members), call) : null);
        hooks.ExpressionMemberChain.For("module").Tap(Name, static (parser, member, path) =>
            JavascriptParser.GetMemberChain(member, out _) is { Length: > 0 } members && members[0] == "exports"
                ? HandleAccessExport(parser, member, CommonJsBase.ModuleExports, Rest(members), null) : null);
        hooks.Expression.For("module.exports").Tap(Name, static (parser, node) =>
            HandleAccessExport(parser, node, CommonJsBase.ModuleExports, [], null));
        hooks.CallMemberChain.For("this").Tap(Name, static (parser, call, path) =>
            parser.InTopLevelThisScope && call.Callee is MemberExpression callee && JavascriptParser.GetMemberChain(callee, out _) is { } members
                ? HandleAccessExport(parser, callee, CommonJsBase.This, members, call) : null);
        hooks.ExpressionMemberChain.For("this").Tap(Name, static (parser, member, path) =>
            parser.InTopLevelThisScope && JavascriptParser.GetMemberChain(member, out _) is { } members
                ? HandleAccessExport(parser, member, CommonJsBase.This, members, null) : null);
        hooks.Expression.For("this").Tap(Name, static (parser, node) =>
        {
            if (parser.Result.IsEsm)
                return null;
            if (!parser.CommonJs)
            {
                // No CommonJS: top-level this is still the exports object, as nothing analyses it.
                parser.Result.UsesThis = true;
                parser.Result.RuntimeRequirements |= RuntimeGlobals.ThisAsExports;
                return true;
            }
            return HandleAccessExport(parser, node, CommonJsBase.This, [], null);
        });

        // Bailouts.
        hooks.Expression.For("module").Tap(Name, static (parser, node) =>
        {
            if (!parser.CommonJs)
                return null;
            DynamicExports.Bailout(parser);
            if (!parser.Result.IsEsm)
            {
                parser.Result.RuntimeRequirements |= RuntimeGlobals.Module;
                return null;
            }
            // webpack's bailout for `module` in an ES module (nothing else claims module.exports
            // there): the harmony module decorator, whose exports setter throws.
            parser.AddDependency(new ModuleDecoratorDependency(RuntimeGlobals.HarmonyModuleDecorator) { Start = node.Start, End = node.Start });
            return true;
        });

        // Metadata.
        hooks.Expression.For("module.hot").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(!parser.Result.IsEsm && parser.ParserOptions.Commonjs, parser, node, "undefined"));
        // CommonJsPlugin: without hot module replacement, module.hot evaluates to a nullish value.
        hooks.EvaluateIdentifier.For("module.hot").Tap(Name, static (parser, node) =>
            parser.CommonJs ? BasicEvaluatedExpression.OfNullish(node.Start, node.End) : null);
        // Handled (the module argument comes with the global): `module` itself is not walked, so
        // an ES module reading module.id is not decorated.
        hooks.Expression.For("module.id").Tap(Name, static (parser, _) =>
        {
            if (!parser.CommonJs)
                return null;
            parser.Result.RuntimeRequirements |= RuntimeGlobals.ModuleId;
            return true;
        });
        hooks.Expression.For("module.loaded").Tap(Name, static (parser, _) =>
        {
            if (!parser.CommonJs)
                return null;
            parser.Result.RuntimeRequirements |= RuntimeGlobals.ModuleLoaded;
            return true;
        });
        hooks.Typeof.For("module").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs && !parser.Result.IsEsm, parser, unary, "\"object\""));
        hooks.Typeof.For("exports").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs && !parser.Result.IsEsm, parser, unary, "\"object\""));
        hooks.EvaluateTypeof.For("module").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs && !parser.Result.IsEsm, unary, "object"));
        hooks.EvaluateTypeof.For("exports").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs && !parser.Result.IsEsm, unary, "object"));
    }

    private static IReadOnlyList<string> Rest(IReadOnlyList<string> members)
    {
        var rest = new string[members.Count - 1];
        for (var i = 0; i < rest.Length; i++) rest[i] = members[i + 1];
        return rest;
    }

    // webpack's handleAssignExport.
    private static bool? HandleAssignExport(JavascriptParser parser, AssignmentExpression assignment, CommonJsBase exportsBase, IReadOnlyList<string> members)
    {
        if (parser.Result.IsEsm || !parser.CommonJs)
            return null;
        // A re-export: `exports.x = require("./y").z`, `module.exports = require("./y")`.
        if (ParseRequireCall(parser, assignment.Right, out var request, out var ids) && (members.Count == 0 || members[0] != "__esModule"))
        {
            DynamicExports.Enable(parser);
            // The required module may re-export __esModule: known only at runtime.
            if (members.Count == 0)
                DynamicExports.SetDynamic(parser);
            parser.AddDependency(new CommonJsExportRequireDependency(request, members, ids, exportsBase, !parser.IsStatementLevelExpression(assignment))
            {
                Start = assignment.Start,
                End = assignment.End,
                IsOptional = parser.InTry,
            });
            NoteThis(parser, exportsBase);
            return true;
        }
        // `module.exports = { … }`: its properties are the exports. Anything else replacing the
        // exports object is walked as usual, and `module.exports` read there is a bailout.
        if (members.Count == 0)
            return HandleObjectLiteralExport(parser, assignment, exportsBase);
        DynamicExports.Enable(parser);
        CheckNamespace(parser, parser.IsTopLevelStatementExpression(assignment), members, assignment.Right);
        parser.AddDependency(new CommonJsExportsDependency(members, exportsBase) { Start = assignment.Left.Start, End = assignment.Left.End });
        NoteThis(parser, exportsBase);
        KeepAllExportsOnThisAccess(parser, assignment.Right, exportsBase);
        parser.Walk(assignment.Right);
        return true;
    }

    // webpack's handleObjectLiteralExport: a top-level `module.exports = { … }` whose keys are all known.
    private static bool? HandleObjectLiteralExport(JavascriptParser parser, AssignmentExpression assignment, CommonJsBase exportsBase)
    {
        if (exportsBase != CommonJsBase.ModuleExports || !parser.IsTopLevelStatementExpression(assignment) || assignment.Right is not ObjectExpression obj)
            return null;
        // The left side stays `module.exports`.
        parser.Result.RuntimeRequirements |= RuntimeGlobals.Module;
        // One unknown key makes the whole object opaque.
        var names = new string[obj.Properties.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (StaticPropertyName(obj.Properties[i]) is not { } name)
            {
                DynamicExports.Bailout(parser);
                parser.Walk(obj);
                return true;
            }
            names[i] = name;
        }
        DynamicExports.Enable(parser);
        for (var i = 0; i < names.Length; i++)
        {
            var property = (Property)obj.Properties[i];
            var name = names[i];
            var kind = ObjectExportKind(property);
            var value = property.Value;
            // A shorthand has no value text of its own.
            var valueRange = kind == CommonJsObjectExportKind.Shorthand ? (property.Start, property.End) : (value.Start, value.End);
            var pure = kind == CommonJsObjectExportKind.KeyValue && parser.IsPure(value, property.Key.End);
            if (name == "__esModule")
                CheckNamespace(parser, topLevel: true, ["__esModule"], value);
            parser.AddDependency(new CommonJsObjectExportDependency(name, kind, pure)
            {
                Start = property.Start,
                End = property.End,
                KeyRange = (property.Key.Start, property.Key.End),
                ValueRange = valueRange,
            });
            KeepAllExportsOnThisAccess(parser, value, exportsBase);
            // Requires inside an unused method or accessor are not needed: they hang on its export.
            var first = CommonJsObjectExportDependency.IsFunctionKind(kind) ? parser.Result.Dependencies.Count : -1;
            parser.Walk(property);
            if (first < 0)
                continue;
            var usedByExports = new HashSet<string>(StringComparer.Ordinal) { name };
            var dependencies = parser.Result.Dependencies;
            for (var j = first; j < dependencies.Count; j++)
            {
                if (dependencies[j] is CommonJsRequireDependency require)
                    require.UsedByExports = usedByExports;
                else if (dependencies[j] is CommonJsFullRequireDependency fullRequire)
                    fullRequire.UsedByExports = usedByExports;
            }
        }
        return true;
    }

    // webpack's getStaticPropertyName: null for a spread, a computed or non-string key, and
    // `__proto__` (it sets the prototype, not a property).
    private static string? StaticPropertyName(Node node)
    {
        if (node is not Property { Computed: false } property)
            return null;
        var name = property.Key switch
        {
            Identifier identifier => identifier.Name,
            Literal { Kind: LiteralKind.String } literal => literal.StringValue,
            _ => null,
        };
        return name == "__proto__" ? null : name;
    }

    private static CommonJsObjectExportKind ObjectExportKind(Property property)
    {
        if (property.Kind == PropertyKind.Get) return CommonJsObjectExportKind.Get;
        if (property.Kind == PropertyKind.Set) return CommonJsObjectExportKind.Set;
        if (property.Method && property.Value is FunctionNode function)
        {
            return function.IsAsync
                ? function.IsGenerator ? CommonJsObjectExportKind.AsyncGeneratorMethod : CommonJsObjectExportKind.AsyncMethod
                : function.IsGenerator ? CommonJsObjectExportKind.GeneratorMethod : CommonJsObjectExportKind.Method;
        }
        return property.Shorthand ? CommonJsObjectExportKind.Shorthand : CommonJsObjectExportKind.KeyValue;
    }

    // webpack's Object.defineProperty(exports | module.exports | this, "name", descriptor) handler.
    private static bool? HandleDefineProperty(JavascriptParser parser, CallExpression call)
    {
        if (parser.Result.IsEsm || !parser.CommonJs || !parser.IsStatementLevelExpression(call) || call.Arguments.Length != 3)
            return null;
        var arguments = call.Arguments;
        if (arguments[0] is SpreadElement || arguments[1] is SpreadElement || arguments[2] is SpreadElement)
            return null;
        CommonJsBase plain;
        switch (arguments[0])
        {
            case Identifier { Symbol: -1, Name: "exports" }:
                plain = CommonJsBase.Exports;
                break;
            case MemberExpression { Computed: false, Object: Identifier { Symbol: -1, Name: "module" }, Property: Identifier { Name: "exports" } }:
                plain = CommonJsBase.ModuleExports;
                break;
            case ThisExpression when parser.InTopLevelThisScope:
                plain = CommonJsBase.This;
                break;
            default:
                return null;
        }
        if (parser.EvaluateExpression(arguments[1])?.AsString() is not { } property)
            return null;
        DynamicExports.Enable(parser);
        var descriptor = arguments[2];
        var exportsBase = CommonJsDependencyHelpers.DefineProperty(plain);
        if (property != "__esModule" && ReexportOfPropertyDescriptor(descriptor, out var getter) is { } reexported
            && ParseRequireCall(parser, reexported, out var request, out var ids))
        {
            parser.AddDependency(new CommonJsExportRequireDependency(request, [property], ids, exportsBase, resultUsed: false)
            {
                Start = call.Start,
                End = call.End,
                ValueRange = (reexported.Start, reexported.End),
                Getter = getter,
                IsOptional = parser.InTry,
            });
            NoteThis(parser, plain);
            return true;
        }
        CheckNamespace(parser, parser.IsTopLevelStatementExpression(call), [property], ValueOfPropertyDescriptor(descriptor));
        parser.AddDependency(new CommonJsExportsDependency([property], exportsBase) { Start = call.Start, End = call.End, ValueRange = (descriptor.Start, descriptor.End) });
        NoteThis(parser, plain);
        // The descriptor's value, get and set functions are all called with the exports object as this.
        if (descriptor is ObjectExpression descriptorObject)
        {
            foreach (var item in descriptorObject.Properties)
            {
                if (item is Property descriptorProperty)
                    KeepAllExportsOnThisAccess(parser, descriptorProperty.Value, plain);
            }
        }
        parser.Walk(descriptor);
        return true;
    }

    // webpack's handleAccessExport: a read of the module's own exports.
    private static bool? HandleAccessExport(JavascriptParser parser, Node node, CommonJsBase exportsBase, IReadOnlyList<string> members, CallExpression? call)
    {
        if (parser.Result.IsEsm || !parser.CommonJs)
            return null;
        // The exports object itself escapes: anything may be read or added.
        if (members.Count == 0)
            DynamicExports.Bailout(parser);
        parser.AddDependency(new CommonJsSelfReferenceDependency(members, exportsBase, call is not null) { Start = node.Start, End = node.End });
        NoteThis(parser, exportsBase);
        if (call is not null)
        {
            foreach (var argument in call.Arguments)
                parser.Walk(argument);
        }
        return true;
    }

    // webpack's keepAllExportsOnThisAccess: an exported function reading its own `this` may reach
    // any export through it, so the exports object is used whole (once per module is enough).
    private static void KeepAllExportsOnThisAccess(JavascriptParser parser, Node value, CommonJsBase exportsBase)
    {
        // PERF: most exported functions never say `this`; the text is looked at first.
        if (value is not FunctionExpression function || parser.Source.AsSpan(function.Start, function.End - function.Start).IndexOf("this", StringComparison.Ordinal) < 0)
            return;
        foreach (var dependency in parser.Result.Dependencies)
        {
            if (dependency is CommonJsSelfReferenceDependency { Names.Count: 0, IsCall: false })
                return;
        }
        if (OwnThisFinder.Find(function) is not { } found)
            return;
        parser.AddDependency(new CommonJsSelfReferenceDependency([], exportsBase, call: false) { Start = found.Start, End = found.End });
    }

    // Top-level `this` as the exports object: the module function is called with it.
    private static void NoteThis(JavascriptParser parser, CommonJsBase exportsBase)
    {
        if (exportsBase is CommonJsBase.This or CommonJsBase.DefinePropertyThis)
        {
            parser.Result.UsesThis = true;
            parser.Result.RuntimeRequirements |= RuntimeGlobals.ThisAsExports;
        }
    }

    // webpack's checkNamespace: `__esModule` set to a truthy literal at the top level flags the
    // module; set any other way, the flag is known only at runtime.
    private static void CheckNamespace(JavascriptParser parser, bool topLevel, IReadOnlyList<string> members, Node? value)
    {
        if (!DynamicExports.IsEnabled(parser) || members.Count == 0 || members[0] != "__esModule")
            return;
        if (value is not null && IsTruthyLiteral(value) && topLevel)
            DynamicExports.SetFlagged(parser);
        else
            DynamicExports.SetDynamic(parser);
    }

    private static bool IsTruthyLiteral(Node node) => node switch
    {
        Literal literal => literal.Kind switch
        {
            LiteralKind.String => literal.StringValue!.Length > 0,
            LiteralKind.Number => literal.NumberValue != 0 && !double.IsNaN(literal.NumberValue),
            LiteralKind.Boolean => literal.BooleanValue,
            LiteralKind.Null => false,
            _ => true,
        },
        UnaryExpression { Operator: Operator.LogicalNot } unary => IsFalsyLiteral(unary.Argument),
        _ => false,
    };

    private static bool IsFalsyLiteral(Node node) => node switch
    {
        Literal => !IsTruthyLiteral(node),
        UnaryExpression { Operator: Operator.LogicalNot } unary => IsTruthyLiteral(unary.Argument),
        _ => false,
    };

    // webpack's getValueOfPropertyDescription: the descriptor's `value`.
    private static Node? ValueOfPropertyDescriptor(Node descriptor)
    {
        if (descriptor is not ObjectExpression obj)
            return null;
        foreach (var item in obj.Properties)
        {
            if (item is Property { Computed: false, Key: Identifier { Name: "value" } } property)
                return property.Value;
        }
        return null;
    }

    // webpack's getReexportOfPropertyDescriptor: `{ value: expr }`, or a getter returning expr
    // (`get: () => expr`, `get() { return expr; }`); a setter cannot be kept by the rewrite.
    private static Node? ReexportOfPropertyDescriptor(Node descriptor, out bool getter)
    {
        getter = false;
        if (descriptor is not ObjectExpression obj)
            return null;
        Node? value = null;
        Node? get = null;
        foreach (var item in obj.Properties)
        {
            if (item is not Property { Computed: false, Key: Identifier key } property)
                continue;
            if (key.Name == "set" || property.Kind == PropertyKind.Set)
                return null;
            if (key.Name == "value")
                value = property.Value;
            else if (key.Name == "get")
                get = property.Value;
        }
        if (value is not null)
            return value;
        if (get is ArrowFunctionExpression or FunctionExpression)
        {
            var function = (FunctionNode)get;
            getter = true;
            if (function.Body is not BlockStatement block)
                return function.Body;
            if (block.Body is [ReturnStatement { Argument: { } argument }])
                return argument;
        }
        getter = false;
        return null;
    }

    // webpack's parseRequireCall: `require("x")` followed by static member names.
    private static bool ParseRequireCall(JavascriptParser parser, Node node, out string request, out IReadOnlyList<string> ids)
    {
        request = "";
        ids = [];
        var members = new List<string>();
        var current = node;
        while (current is MemberExpression member)
        {
            if (member.Object is Super)
                return false;
            if (JavascriptParser.MemberName(member) is not { } name)
                return false;
            members.Add(name);
            current = member.Object;
        }
        if (current is not CallExpression { Arguments.Length: 1 } call || call.Callee is not Identifier callee || !parser.IsRequire(callee)
            || call.Arguments[0] is SpreadElement || parser.EvaluateString(call.Arguments[0]) is not { } value)
            return false;
        members.Reverse();
        request = value;
        ids = members;
        return true;
    }
}
