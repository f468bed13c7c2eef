// Follows webpack lib/dependencies/AMDPlugin.js and its parser plugins
// (AMDDefineDependencyParserPlugin, AMDRequireDependenciesBlockParserPlugin): define(name?, deps?,
// factory) and require([deps], callback?, errorCallback?) become their dependencies. The array
// is evaluated: each item of a literal array is rewritten in place (a module, require/exports/
// module, a local module defined by name earlier in the file, a context for a request with an
// expression in it, either branch of a conditional); an array known only as a whole
// ("a,b".split(",")) is written out whole. The factory's parameters that receive require,
// exports and module stand for those names inside it. `define` used as a value is
// __webpack_require__.amdD (which throws: webpack cannot follow an indirect define), renaming it
// (`var d = define`, an IIFE's parameter) keeps it an AMD define; define.amd, require.amd and
// __webpack_amd_options__ are the AMD options.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Amd;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>AMD define and require.</summary>
public static class AmdParserPlugin
{
    private const string Name = "AmdParserPlugin";

    private static readonly string[] s_defaultFactoryParameters = ["require", "exports", "module"];

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("require").Tap(Name, static (parser, call) =>
            parser.Amd && parser.IsRequire(call.Callee) && call.Arguments.Length is >= 1 and <= 3 && call.Arguments[0] is not SpreadElement
                ? ProcessRequire(parser, call) : null);
        hooks.Call.For("define").Tap(Name, static (parser, call) =>
            DefineIsAmd(parser) && call.Arguments.Length is >= 1 and <= 3 && !HasSpread(call.Arguments) && ProcessDefine(parser, call) ? true : null);
        foreach (var options in (ReadOnlySpan<string>)["define.amd", "require.amd", "__webpack_amd_options__"])
        {
            hooks.Expression.For(options).Tap(Name, static (parser, node) =>
                CommonJsImportsParserPlugin.ReplaceIf(parser.Amd, parser, node, "__webpack_require__.amdO", RuntimeGlobals.AmdOptions));
            hooks.Typeof.For(options).Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.ReplaceIf(parser.Amd, parser, unary, "\"object\""));
            hooks.EvaluateTypeof.For(options).Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.Amd, unary, "object"));
            // A name, and a truthy one: a UMD wrapper's `typeof define == "function" && define.amd
            // ? define : …` picks define at build time (and renames it).
            hooks.EvaluateIdentifier.For(options).Tap(Name, static (parser, node) =>
                parser.Amd ? BasicEvaluatedExpression.OfIdentifier(parser.Source[node.Start..node.End], node.Start, node.End, truthy: true) : null);
        }
        hooks.Expression.For("define").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(DefineIsAmd(parser), parser, node, "__webpack_require__.amdD", RuntimeGlobals.AmdDefine));
        hooks.CanRename.For("define").Tap(Name, static (parser, _) => DefineIsAmd(parser) ? true : null);
        hooks.Rename.For("define").Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, "__webpack_require__.amdD", RuntimeGlobals.AmdDefine);
            return false;
        });
        hooks.Typeof.For("define").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.ReplaceIf(DefineIsAmd(parser), parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("define").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(DefineIsAmd(parser), unary, "function"));
    }

    // webpack's HarmonyDetectionParserPlugin leaves `define` alone in an ES module (its
    // nonHarmonyIdentifiers): there it is whatever the platform has, usually nothing.
    private static bool DefineIsAmd(JavascriptParser parser) => parser.Amd && !parser.Result.IsEsm;

    // webpack's isArray: an array literal without holes or spreads (its items, known or not, are
    // each processed), or an expression known to be an array of strings as a whole.
    private static bool IsArray(Node node, BasicEvaluatedExpression? evaluated)
    {
        if (node is ArrayExpression array)
        {
            foreach (var element in array.Elements)
            {
                if (element is null or SpreadElement) return false;
            }
            return true;
        }
        return evaluated is { Kind: EvaluatedKind.Array };
    }

    private static bool HasSpread(Node[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is SpreadElement) return true;
        }
        return false;
    }

    // AMDRequireDependenciesBlockParserPlugin.processCallRequire.
    private static bool? ProcessRequire(JavascriptParser parser, CallExpression call)
    {
        var arguments = call.Arguments;
        var arrayNode = arguments[0];
        var evaluated = parser.EvaluateExpression(arrayNode);
        if (!IsArray(arrayNode, evaluated))
        {
            if (arguments.Length == 1)
                return null;
            // require(x, fn) with x no array: webpack cannot tell what it loads (its
            // UnsupportedDependency: the call throws where it runs, with a warning at build time).
            var (line, _, _) = parser.Module.Locate(call.Start);
            parser.Result.Warnings.Add(parser.Warning(call.Start, $"UnsupportedFeatureWarning: Cannot statically analyse 'require(…, …)' in line {line}"));
            parser.Replace(call.Start, call.End, Core.CodeGeneration.MissingModuleCode.Expression("unsupported"));
            return true;
        }
        var block = new AsyncDependenciesBlock(new ChunkGroupOptions(null), RequestString(parser, evaluated, arrayNode), call.Start) { End = call.End };
        var function = arguments.Length > 1 ? arguments[1] : null;
        var error = arguments.Length > 2 ? arguments[2] : null;
        var dependency = new AmdRequireDependency(block, AmdRange.Of(arrayNode), AmdRange.Of(function), AmdRange.Of(error)) { Start = call.Start, End = call.End };
        var outer = parser.CurrentBlock;
        parser.AddBlock(block);
        parser.CurrentBlock = block;
        parser.AddToBlock(block, dependency);
        ProcessArray(parser, arrayNode, evaluated, null, null);
        // The callbacks' own requests load with the block too (webpack walks them inside it).
        if (function is not null)
            dependency.FunctionBindThis = ProcessFunctionArgument(parser, function);
        if (error is not null)
            dependency.ErrorCallbackBindThis = ProcessFunctionArgument(parser, error);
        parser.CurrentBlock = outer;
        return true;
    }

    // processFunctionArgument: a callback written in place is walked with its require, module and
    // exports parameters standing for those names; true when it must be bound to `this`.
    private static bool ProcessFunctionArgument(JavascriptParser parser, Node expression)
    {
        if (FunctionExpressionHelper.Get(expression) is not { } info)
        {
            parser.Walk(expression);
            return true;
        }
        foreach (var parameter in info.Function.Params)
        {
            if (parameter is Identifier { Name: "require" or "module" or "exports" } identifier && identifier.Symbol >= 0)
                parser.Rename(identifier.Symbol, identifier.Name);
        }
        parser.Walk(expression);
        return info.NeedsThis;
    }

    // The block's request (webpack's processArrayForRequestString): the items, space separated.
    private static string? RequestString(JavascriptParser parser, BasicEvaluatedExpression? array, Node arrayNode)
    {
        var builder = new System.Text.StringBuilder();
        var items = new List<BasicEvaluatedExpression?>();
        if (arrayNode is ArrayExpression literal)
        {
            foreach (var element in literal.Elements) items.Add(parser.EvaluateExpression(element!));
        }
        else
        {
            items.AddRange(array!.Items!);
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] is { } known ? ItemText(parser, known) : null;
            if (item is null) return null;
            if (i > 0) builder.Append(' ');
            builder.Append(item);
        }
        return arrayNode is ArrayExpression || items.Count > 0 ? builder.ToString() : null;

        static string? ItemText(JavascriptParser parser, BasicEvaluatedExpression item)
        {
            if (item.Kind != EvaluatedKind.Conditional)
                return item.String;
            var options = new List<string>();
            foreach (var option in item.Options!)
            {
                if (parser.EvaluateString(option) is not { } text) return null;
                options.Add(text);
            }
            return string.Join('|', options);
        }
    }

    // processArray: a literal array's items are rewritten in place; an array only known as a
    // whole is written out whole. `identifiers` (when given) gets, by index, the special names
    // the factory's parameters receive.
    private static void ProcessArray(JavascriptParser parser, Node arrayNode, BasicEvaluatedExpression? evaluated, string?[]? identifiers, string? namedModule)
    {
        if (arrayNode is ArrayExpression array)
        {
            for (var i = 0; i < array.Elements.Length; i++)
            {
                var element = array.Elements[i]!;
                if (identifiers is not null && i < identifiers.Length && parser.EvaluateString(element) is "require" or "module" or "exports")
                    identifiers[i] = parser.EvaluateString(element);
                ProcessItem(parser, element, namedModule);
            }
            return;
        }
        var items = new List<AmdArrayItem>(evaluated!.Items!.Count);
        for (var i = 0; i < evaluated.Items.Count; i++)
        {
            var request = evaluated.Items[i].String;
            if (request is null)
            {
                items.Add(new AmdArrayItem("undefined", null, null));
                continue;
            }
            if (request is "require" or "exports" or "module")
            {
                if (identifiers is not null && i < identifiers.Length) identifiers[i] = request;
                items.Add(new AmdArrayItem(request == "require" ? "__webpack_require__" : request, null, null));
            }
            else if (parser.GetAmdLocalModule(request, null) is { } local)
            {
                items.Add(new AmdArrayItem(null, null, local));
            }
            else
            {
                var include = new ModuleIncludeDependency(request, DependencyCategory.CommonJs) { Start = arrayNode.Start, End = arrayNode.End };
                parser.AddDependency(include);
                items.Add(new AmdArrayItem(null, include, null));
            }
        }
        parser.AddDependency(new AmdRequireArrayDependency(items) { Start = arrayNode.Start, End = arrayNode.End });
    }

    // processItem (+ processContext): one element of a literal array, rewritten where it stands.
    private static void ProcessItem(JavascriptParser parser, Node element, string? namedModule)
    {
        var evaluated = parser.EvaluateExpression(element);
        if (evaluated is { Kind: EvaluatedKind.Conditional, Options: { } options })
        {
            foreach (var option in options)
                ProcessItem(parser, option, null);
            return;
        }
        if (evaluated is { String: { } request })
        {
            switch (request)
            {
                case "require":
                    parser.Replace(element.Start, element.End, "__webpack_require__", RuntimeGlobals.Require);
                    return;
                case "exports":
                    parser.Replace(element.Start, element.End, "exports", RuntimeGlobals.Exports);
                    return;
                case "module":
                    parser.Replace(element.Start, element.End, "module", RuntimeGlobals.Module);
                    return;
            }
            if (parser.GetAmdLocalModule(request, namedModule) is { } local)
            {
                parser.Replace(element.Start, element.End, local.VariableName);
                return;
            }
            parser.AddDependency(new CommonJsRequireDependency(request) { Start = element.Start, End = element.End });
            return;
        }
        // A request with parts known only at run time: a context, called with what is left of it.
        var context = ContextDependencyHelpers.Create(parser, element, "sync") ?? ContextDependencyHelpers.CreateForExpression(parser, element, element, "sync");
        context.Replacements.Add((element.Start, element.Start, "__webpack_require__({id})("));
        context.Replacements.Add((element.End, element.End, ")"));
        parser.AddDependency(context);
        ContextDependencyHelpers.WalkRequest(parser, element, context);
    }

    // AMDDefineDependencyParserPlugin.processCallDefine.
    private static bool ProcessDefine(JavascriptParser parser, CallExpression call)
    {
        var arguments = call.Arguments;
        Node? array = null, function = null, @object = null;
        string? namedModule = null;
        switch (arguments.Length)
        {
            case 1:
                Classify(arguments[0], ref function, ref @object);
                break;
            case 2:
                if (arguments[0] is Literal literal)
                    namedModule = literal.StringValue ?? parser.Source[literal.Start..literal.End];
                else
                    array = arguments[0];
                Classify(arguments[1], ref function, ref @object);
                break;
            default:
                namedModule = (arguments[0] as Literal)?.StringValue;
                array = arguments[1];
                Classify(arguments[2], ref function, ref @object);
                break;
        }
        Node[]? parameters = null;
        var parameterOffset = 0;
        if (function is FunctionExpression or ArrowFunctionExpression)
        {
            parameters = ((FunctionNode)function).Params;
        }
        else if (function is CallExpression { Callee: MemberExpression { Object: FunctionExpression bound } } bind)
        {
            // function (a, require) {…}.bind(thisArg, a): the bound arguments come first.
            parameters = bound.Params;
            parameterOffset = Math.Max(bind.Arguments.Length - 1, 0);
        }
        string?[] identifiers;
        if (array is not null)
        {
            var evaluated = parser.EvaluateExpression(array);
            if (!IsArray(array, evaluated))
                return false;
            identifiers = new string?[array is ArrayExpression literal ? literal.Elements.Length : evaluated!.Items!.Count];
            ProcessArray(parser, array, evaluated, identifiers, namedModule);
        }
        else
        {
            identifiers = s_defaultFactoryParameters;
        }
        if (parameters is not null)
        {
            for (var i = parameterOffset; i < parameters.Length; i++)
            {
                var index = i - parameterOffset;
                if (index < identifiers.Length && identifiers[index] is { } special && parameters[i] is Identifier { Symbol: >= 0 } parameter)
                    parser.Rename(parameter.Symbol, special);
            }
            // A bound factory's parameters named like the specials stand for them too.
            if (function is CallExpression)
            {
                foreach (var parameter in parameters)
                {
                    if (parameter is Identifier { Name: "require" or "module" or "exports", Symbol: >= 0 } named)
                        parser.Rename(named.Symbol, named.Name);
                }
            }
        }
        if (function is not null && !ReferenceEquals(function, @object))
            parser.Walk(function);
        else if (@object is not null)
            parser.Walk(@object);
        parser.Result.RuntimeRequirements |= RuntimeGlobals.Module;
        var local = namedModule is not null ? parser.AddAmdLocalModule(namedModule) : null;
        // define() sets module.exports: the CommonJS exports analysis cannot see what it exports.
        DynamicExports.Bailout(parser);
        parser.AddDependency(new AmdDefineDependency(AmdRange.Of(array), AmdRange.Of(function), AmdRange.Of(@object), namedModule, local) { Start = call.Start, End = call.End });
        return true;

        // A function written in place is the factory; an object literal the value; anything else
        // may be either (webpack's "unclear if function or object": both).
        static void Classify(Node factory, ref Node? function, ref Node? @object)
        {
            if (factory is FunctionExpression or ArrowFunctionExpression
                || factory is CallExpression { Callee: MemberExpression { Computed: false, Object: FunctionExpression, Property: Identifier { Name: "bind" } } })
                function = factory;
            else if (factory is ObjectExpression)
                @object = factory;
            else
                function = @object = factory;
        }
    }
}
