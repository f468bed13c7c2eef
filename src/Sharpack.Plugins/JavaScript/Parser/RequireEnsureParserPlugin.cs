// Follows webpack lib/dependencies/RequireEnsureDependenciesBlockParserPlugin.js: the listed
// requests and everything the callback requires load with the block, in a chunk named by the
// last string argument.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>require.ensure.</summary>
public static class RequireEnsureParserPlugin
{
    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Typeof.For("require.ensure").Tap("RequireEnsureParserPlugin", static (parser, unary) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs, parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("require.ensure").Tap("RequireEnsureParserPlugin", static (parser, unary) =>
            CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs, unary, "function"));
        hooks.Call.For("require.ensure").Tap("RequireEnsureParserPlugin", static (parser, call) =>
            parser.ParserOptions.RequireEnsure && parser.IsRequire(((MemberExpression)call.Callee).Object) ? Process(parser, call) : null);
    }

    // The argument forms of webpack's plugin: (deps, fn), (deps, fn, errorFn), (deps, fn, name),
    // (deps, fn, errorFn, name); fn and errorFn may be any expression (a function written in
    // place, bound, CoffeeScript's wrapper, or a reference), deps an array or one request.
    private static bool? Process(JavascriptParser parser, CallExpression call)
    {
        var arguments = call.Arguments;
        if (arguments.Length is < 2 or > 4)
            return null;
        foreach (var argument in arguments)
        {
            if (argument is SpreadElement) return null;
        }
        string? chunkName = null;
        Node? error = null;
        if (arguments.Length == 4)
        {
            if (parser.EvaluateString(arguments[3]) is not { } name)
                return null;
            chunkName = name;
            error = arguments[2];
        }
        else if (arguments.Length == 3)
        {
            if (FunctionExpressionHelper.Get(arguments[2]) is not null)
                error = arguments[2];
            else if (parser.EvaluateString(arguments[2]) is { } name)
                chunkName = name;
            else
                return null;
        }
        var requests = new List<(string Request, Node Node)>();
        var dependencies = parser.EvaluateExpression(arguments[0]);
        if (dependencies is { Kind: EvaluatedKind.Array, Items: { } items })
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].String is not { } request)
                    return null;
                requests.Add((request, arguments[0] is ArrayExpression array ? array.Elements[i]! : arguments[0]));
            }
        }
        else if (dependencies?.String is { } single)
        {
            requests.Add((single, arguments[0]));
        }
        else
        {
            return null;
        }
        var callback = arguments[1];
        var success = FunctionExpressionHelper.Get(callback);
        var errorInfo = error is null ? null : FunctionExpressionHelper.Get(error);
        if (success is { } successInfo)
        {
            foreach (var expression in successInfo.Expressions) parser.Walk(expression);
        }
        if (errorInfo is { } errorFunction)
        {
            foreach (var expression in errorFunction.Expressions) parser.Walk(expression);
        }
        var block = new AsyncDependenciesBlock(new ChunkGroupOptions(chunkName), null, call.Start) { End = call.End };
        parser.AddDependency(new RequireEnsureDependency(block, callback.Start, callback.End, error?.Start ?? -1, error?.End ?? -1) { Start = call.Start, End = call.End });
        parser.AddBlock(block);
        var outer = parser.CurrentBlock;
        parser.CurrentBlock = block;
        foreach (var (request, node) in requests)
            parser.AddToBlock(block, new ModuleIncludeDependency(request) { Start = node.Start, End = node.End });
        if (success is { } walked)
        {
            // webpack walks the body alone, its parameters undeclared: one named require is the
            // free require.
            RenameRequireParameter(parser, walked.Function);
            parser.Walk(walked.Function);
        }
        parser.CurrentBlock = outer;
        if (success is null)
            parser.Walk(callback);
        if (errorInfo is { } errorWalked)
            parser.Walk(errorWalked.Function);
        else if (error is not null)
            parser.Walk(error);
        return true;
    }

    /// <summary>A callback's parameter named <c>require</c> gets __webpack_require__, so it counts as <c>require</c>.</summary>
    internal static void RenameRequireParameter(JavascriptParser parser, Node callback)
    {
        if (FunctionExpressionHelper.Get(callback) is not { } info)
            return;
        foreach (var parameter in info.Function.Params)
        {
            if (parameter is Identifier { Name: "require" } identifier && identifier.Symbol >= 0)
                parser.Rename(identifier.Symbol, "require");
        }
    }
}
