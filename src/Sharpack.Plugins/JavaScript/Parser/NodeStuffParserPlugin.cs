// Follows webpack lib/NodeStuffPlugin.js: node's `global` is the global object, and __filename
// and __dirname are mocked, made relative to the context or left to node, per the `node` option
// (left alone in javascript/esm, where import.meta.filename is the way).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>node's free variables: <c>global</c>, <c>__filename</c>, <c>__dirname</c>.</summary>
public static class NodeStuffParserPlugin
{
    private const string Name = "NodeStuffParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Expression.For("global").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.ParserOptions.Node is { Global: true }, parser, node, "__webpack_require__.g", RuntimeGlobals.Global));
        hooks.Expression.For("__filename").Tap(Name, static (parser, node) =>
        {
            if (parser.ParserOptions.Node is { } options && !parser.Module.IsStrictEsm)
                ReplaceNodeGlobal(parser, (Identifier)node, options.Filename, "/index.js");
            return true;
        });
        hooks.Expression.For("__dirname").Tap(Name, static (parser, node) =>
        {
            if (parser.ParserOptions.Node is { } options && !parser.Module.IsStrictEsm)
                ReplaceNodeGlobal(parser, (Identifier)node, options.Dirname, "/");
            return true;
        });
    }

    private static void ReplaceNodeGlobal(JavascriptParser parser, Identifier identifier, string? mode, string mock)
    {
        switch (mode)
        {
            case "mock":
            case "warn-mock":
                parser.Replace(identifier.Start, identifier.End, CodeGenerationContext.JsonString(mock));
                break;
            case "node-module":
                var path = parser.Module.Resource;
                var value = identifier.Name == "__dirname" ? Path.GetDirectoryName(path) ?? "/" : path;
                parser.Replace(identifier.Start, identifier.End, CodeGenerationContext.JsonString(Path.GetRelativePath(parser.Options.Context, value).Replace('\\', '/')));
                break;
        }
    }
}
