// Follows webpack lib/dependencies/AMDPlugin.js and its parser plugins
// (AMDDefineDependencyParserPlugin, AMDRequireDependenciesBlockParserPlugin): define(name?, deps?,
// factory) and require([deps], callback) become their dependencies, each array item a module (or
// require/exports/module, or a named local module, or a context); define.amd and require.amd are
// the AMD options, and `typeof define` is "function".

using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Amd;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>AMD define and require.</summary>
public static class AmdParserPlugin
{
    private const string Name = "AmdParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        // The callback may be any expression (a function declared elsewhere), as in webpack's
        // AMDRequireDependenciesBlockParserPlugin.
        hooks.Call.For("require").Tap(Name, static (parser, call) =>
        {
            if (!parser.ParserOptions.Amd || !parser.IsRequire(call.Callee) || call.Arguments.Length < 2
                || call.Arguments[0] is not ArrayExpression requireArray || call.Arguments[1] is SpreadElement)
            {
                return null;
            }
            parser.AddDependency(new AmdRequireDependency(AmdArray(parser, requireArray), call.Arguments[1].Start, call.Arguments[1].End) { Start = call.Start, End = call.End });
            if (RequireEnsureParserPlugin.IsFunctionLike(call.Arguments[1])) RequireEnsureParserPlugin.RenameRequireParameter(parser, call.Arguments[1]);
            parser.Walk(call.Arguments[1]);
            return true;
        });
        hooks.Call.For("define").Tap(Name, static (parser, call) =>
            parser.Amd && call.Callee is Identifier { Symbol: -1 } && call.Arguments.Length >= 1 && TryDefine(parser, call) ? true : null);
        hooks.Expression.For("define.amd").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.Amd, parser, node, "__webpack_require__.amdO", RuntimeGlobals.AmdOptions));
        hooks.Expression.For("require.amd").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.Amd, parser, node, "__webpack_require__.amdO", RuntimeGlobals.AmdOptions));
        hooks.Typeof.For("define").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.ReplaceIf(parser.Amd, parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("define").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.Amd, unary, "function"));
    }

    private static List<AmdArrayItem> AmdArray(JavascriptParser parser, ArrayExpression array)
    {
        var items = new List<AmdArrayItem>();
        foreach (var element in array.Elements)
        {
            var request = element is null ? null : parser.EvaluateString(element);
            switch (request)
            {
                // webpack's AMDRequireContextDependency: a request with parts unknown is a context
                // (an expression context, "." holding nothing unless a plugin fills it, when no part is known).
                case null when element is not null and not SpreadElement
                    && (ContextDependencyHelpers.Create(parser, element, "sync") ?? ContextDependencyHelpers.CreateForExpression(parser, element, element, "sync")) is { } contextDependency:
                    {
                        // The array is rendered whole, so the context's request is rewritten here
                        // rather than by an edit inside it.
                        var source = parser.Source;
                        var code = source[element.Start..element.End];
                        if (contextDependency.Replacements.Count > 0)
                        {
                            var (prefixStart, prefixEnd, prefixText) = contextDependency.Replacements[0];
                            contextDependency.Replacements.Clear();
                            code = string.Concat(source.AsSpan(element.Start, prefixStart - element.Start), prefixText, source.AsSpan(prefixEnd, element.End - prefixEnd));
                        }
                        parser.AddDependency(contextDependency);
                        items.Add(new AmdArrayItem(null, null, null, contextDependency, code));
                        break;
                    }
                case null:
                    items.Add(new AmdArrayItem("undefined", null, null));
                    break;
                case "require":
                    items.Add(new AmdArrayItem("__webpack_require__", null, null));
                    break;
                case "exports":
                    parser.Result.RuntimeRequirements |= RuntimeGlobals.Exports;
                    items.Add(new AmdArrayItem("exports", null, null));
                    break;
                case "module":
                    parser.Result.RuntimeRequirements |= RuntimeGlobals.Module;
                    items.Add(new AmdArrayItem("module", null, null));
                    break;
                default:
                    if (parser.AmdLocalModule(request) is { } local)
                    {
                        items.Add(new AmdArrayItem(null, null, local));
                        break;
                    }
                    var include = new ModuleIncludeDependency(request) { Start = element!.Start, End = element.End };
                    parser.AddDependency(include);
                    items.Add(new AmdArrayItem(null, include, null));
                    break;
            }
        }
        return items;
    }

    // Follows webpack lib/dependencies/AMDDefineDependencyParserPlugin.js.
    private static bool TryDefine(JavascriptParser parser, CallExpression call)
    {
        var arguments = call.Arguments;
        var index = 0;
        string? name = null;
        if (arguments[0] is Literal { Kind: LiteralKind.String } nameLiteral && arguments.Length >= 2)
        {
            name = nameLiteral.StringValue;
            index = 1;
        }
        ArrayExpression? array = null;
        if (index < arguments.Length - 1 && arguments[index] is ArrayExpression dependencies)
        {
            array = dependencies;
            index++;
        }
        if (index != arguments.Length - 1)
            return false;
        var factory = arguments[index];
        var items = array is null ? null : AmdArray(parser, array);
        string? localVariable = null;
        if (name is not null)
        {
            var localModules = parser.AmdLocalModules;
            localVariable = "__WEBPACK_LOCAL_MODULE_" + localModules.Count + "__";
            localModules[name] = localVariable;
        }
        var isFunction = factory is FunctionExpression or ArrowFunctionExpression;
        var kind = isFunction ? AmdFactoryKind.Function
            : factory is ObjectExpression or ArrayExpression or Literal or TemplateLiteral || localVariable is not null ? AmdFactoryKind.Value
            : AmdFactoryKind.Unknown;
        // define() sets module.exports: the CommonJS exports analysis cannot see what it exports.
        DynamicExports.Bailout(parser);
        parser.AddDependency(new AmdDefineDependency(items, factory.Start, factory.End, kind, localVariable) { Start = call.Start, End = call.End });
        parser.Result.RuntimeRequirements |= RuntimeGlobals.Module | RuntimeGlobals.Exports;
        if (isFunction) RequireEnsureParserPlugin.RenameRequireParameter(parser, factory);
        parser.Walk(factory);
        return true;
    }
}
