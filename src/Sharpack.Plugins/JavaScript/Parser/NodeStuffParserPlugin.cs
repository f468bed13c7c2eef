// Follows webpack lib/NodeStuffPlugin.js: node's `global` is the global object, and __filename
// and __dirname (javascript/auto and javascript/dynamic modules) follow the `node` option:
//   "mock" / "warn-mock"  "/index.js" and "/" (warn-mock also warns that they are node's);
//   true                  the module's path relative to the context;
//   "node-module"         the output file's own path at run time: import.meta.filename/dirname in
//                         ES module output, node's own __filename/__dirname otherwise;
//   "eval-only", false    left to the platform (in ES module output "eval-only" is "node-module").
// A set mode also lets the evaluator know them (the module's path and folder), as webpack's does,
// so `require(__dirname + "/x")` is a request.

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
        TapPathVariable(hooks, "__filename", dirname: false);
        TapPathVariable(hooks, "__dirname", dirname: true);
    }

    private static void TapPathVariable(JavascriptParserHooks hooks, string name, bool dirname)
    {
        hooks.Expression.For(name).Tap(Name, (parser, node) =>
        {
            if (Mode(parser, dirname) is { } mode)
                Replace(parser, (Identifier)node, mode, dirname);
            return true;
        });
        hooks.EvaluateIdentifier.For(name).Tap(Name, (parser, node) =>
            Mode(parser, dirname) is not null ? BasicEvaluatedExpression.OfString(ModulePath(parser, dirname), node.Start, node.End) : null);
    }

    // The handling of __filename or __dirname in this module, or null when it is left alone.
    private static string? Mode(JavascriptParser parser, bool dirname)
    {
        if (parser.ParserOptions.Node is not { } options || parser.Module.IsStrictEsm)
            return null;
        return dirname ? options.Dirname : options.Filename;
    }

    private static void Replace(JavascriptParser parser, Identifier identifier, string mode, bool dirname)
    {
        switch (mode)
        {
            case "mock":
                parser.Replace(identifier.Start, identifier.End, dirname ? "\"/\"" : "\"/index.js\"");
                break;
            case "warn-mock":
                parser.Replace(identifier.Start, identifier.End, dirname ? "\"/\"" : "\"/index.js\"");
                parser.Result.Warnings.Add(parser.Warning(identifier.Start,
                    $"{identifier.Name} is a Node.js feature and isn't available in browsers."));
                break;
            case "true":
                parser.Replace(identifier.Start, identifier.End, CodeGenerationContext.JsonString(
                    Path.GetRelativePath(parser.Options.Context, ModulePath(parser, dirname)).Replace('\\', '/')));
                break;
            case "node-module" or "eval-only" when parser.Options.Output.Module:
                parser.Replace(identifier.Start, identifier.End, dirname ? "import.meta.dirname" : "import.meta.filename");
                break;
        }
    }

    // The module's file (without query) or its folder.
    private static string ModulePath(JavascriptParser parser, bool dirname) =>
        dirname ? parser.Module.Directory : parser.Module.ResourcePath;
}
