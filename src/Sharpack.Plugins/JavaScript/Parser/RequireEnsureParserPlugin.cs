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
        {
            var arguments = call.Arguments;
            if (!parser.ParserOptions.RequireEnsure || !parser.IsRequire(((MemberExpression)call.Callee).Object)
                || arguments.Length < 2 || !IsFunctionLike(arguments[1]))
            {
                return null;
            }
            var callback = arguments[1];
            var error = arguments.Length >= 3 && IsFunctionLike(arguments[2]) ? arguments[2] : null;
            var nameIndex = error is null ? 2 : 3;
            var chunkName = arguments.Length > nameIndex ? parser.EvaluateString(arguments[nameIndex]) : null;
            var block = new AsyncDependenciesBlock(new ChunkGroupOptions(chunkName), null, call.Start) { End = call.End };
            parser.AddDependency(new RequireEnsureDependency(block, callback.Start, callback.End, error?.Start ?? -1, error?.End ?? -1) { Start = call.Start, End = call.End });
            parser.AddBlock(block);
            var outer = parser.CurrentBlock;
            parser.CurrentBlock = block;
            if (arguments[0] is ArrayExpression items)
            {
                foreach (var item in items.Elements)
                {
                    if (item is not null && parser.EvaluateString(item) is { } itemRequest)
                        parser.AddToBlock(block, new ModuleIncludeDependency(itemRequest) { Start = item.Start, End = item.End });
                }
            }
            else if (parser.EvaluateString(arguments[0]) is { } single)
            {
                parser.AddToBlock(block, new ModuleIncludeDependency(single) { Start = arguments[0].Start, End = arguments[0].End });
            }
            RenameRequireParameter(parser, callback);
            parser.Walk(callback);
            parser.CurrentBlock = outer;
            if (error is not null) parser.Walk(error);
            return true;
        });
    }

    /// <summary>A function, an arrow function or <c>function () {…}.bind(…)</c>.</summary>
    internal static bool IsFunctionLike(Node node) =>
        node is FunctionExpression or ArrowFunctionExpression
        || node is CallExpression { Callee: MemberExpression { Object: FunctionExpression, Property: Identifier { Name: "bind" } } };

    /// <summary>A callback's parameter named <c>require</c> gets __webpack_require__, so it counts as <c>require</c>.</summary>
    internal static void RenameRequireParameter(JavascriptParser parser, Node callback)
    {
        var function = callback as FunctionNode
            ?? (callback is CallExpression { Callee: MemberExpression { Object: FunctionNode bound } } ? bound : null);
        if (function is null)
            return;
        foreach (var parameter in function.Params)
        {
            if (parameter is Identifier { Name: "require" } identifier && identifier.Symbol >= 0)
                parser.Rename(identifier.Symbol, "require");
        }
    }
}
