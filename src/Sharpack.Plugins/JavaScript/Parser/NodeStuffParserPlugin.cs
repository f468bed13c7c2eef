// Follows webpack lib/NodeStuffPlugin.js: node's `global` is the global object, and __filename
// and __dirname (javascript/auto and javascript/dynamic modules) and import.meta.filename and
// import.meta.dirname (javascript/auto and javascript/esm modules) follow the `node` option:
//   "mock" / "warn-mock"  "/index.js" and "/" (warn-mock also warns that they are node's);
//   true                  the module's path relative to the context;
//   "node-module"         the output file's own path at run time: output.importMetaName's
//                         filename/dirname in ES module output, node's own __filename/__dirname
//                         otherwise;
//   "eval-only"           as node-module in ES module output; else __filename/__dirname stay and
//                         import.meta.filename/dirname become them;
//   false                 left to the platform.
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
        // `var g = global` (renamed by a definition of global.x): the initializer is the global object too.
        hooks.Rename.For("global").Tap(Name, static (parser, node) =>
        {
            CommonJsImportsParserPlugin.ReplaceIf(parser.ParserOptions.Node is { Global: true }, parser, node, "__webpack_require__.g", RuntimeGlobals.Global);
            return false;
        });
        TapPathVariable(hooks, "__filename", dirname: false);
        TapPathVariable(hooks, "__dirname", dirname: true);
        TapImportMetaPath(hooks, "import.meta.filename", dirname: false);
        TapImportMetaPath(hooks, "import.meta.dirname", dirname: true);
    }

    // import.meta.filename and import.meta.dirname: not in javascript/dynamic modules (they cannot hold import.meta).
    private static void TapImportMetaPath(JavascriptParserHooks hooks, string name, bool dirname)
    {
        hooks.Expression.For(name).Tap(Name, (parser, node) =>
        {
            if (parser.Module.Type == "javascript/dynamic" || !parser.ParserOptions.IsImportMetaFieldEnabled(dirname ? "dirname" : "filename"))
                return null;
            if (MetaMode(parser, dirname) is { } mode)
                Replace(parser, node, mode, dirname, meta: true);
            return true;
        });
        hooks.EvaluateIdentifier.For(name).Tap(Name, (parser, node) =>
            parser.Module.Type != "javascript/dynamic" && parser.ParserOptions.IsImportMetaFieldEnabled(dirname ? "dirname" : "filename")
                && MetaMode(parser, dirname) is not (null or "false")
                ? BasicEvaluatedExpression.OfString(ModulePath(parser, dirname), node.Start, node.End) : null);
    }

    // The handling of import.meta.filename or import.meta.dirname: the node option's mode ("false" when off: kept as written).
    private static string? MetaMode(JavascriptParser parser, bool dirname) =>
        parser.ParserOptions.Node is not { } options ? "false" : (dirname ? options.Dirname : options.Filename) ?? "false";

    private static void TapPathVariable(JavascriptParserHooks hooks, string name, bool dirname)
    {
        hooks.Expression.For(name).Tap(Name, (parser, node) =>
        {
            if (Mode(parser, dirname) is { } mode)
                Replace(parser, node, mode, dirname, meta: false);
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

    private static void Replace(JavascriptParser parser, Node node, string mode, bool dirname, bool meta)
    {
        var variable = dirname ? "__dirname" : "__filename";
        switch (mode)
        {
            case "mock":
                parser.Replace(node.Start, node.End, dirname ? "\"/\"" : "\"/index.js\"");
                break;
            case "warn-mock":
                parser.Replace(node.Start, node.End, dirname ? "\"/\"" : "\"/index.js\"");
                parser.Result.Warnings.Add(parser.Warning(node.Start,
                    $"{variable} is a Node.js feature and isn't available in browsers."));
                break;
            case "true":
                parser.Replace(node.Start, node.End, CodeGenerationContext.JsonString(
                    Path.GetRelativePath(parser.Options.Context, ModulePath(parser, dirname)).Replace('\\', '/')));
                break;
            case "node-module" or "eval-only" when parser.Options.Output.Module:
                parser.Replace(node.Start, node.End, parser.Options.Output.ImportMetaName + (dirname ? ".dirname" : ".filename"));
                break;
            case "node-module" or "eval-only" when meta:
                // Output that is not an ES module has node's own variables, not import.meta.
                parser.Replace(node.Start, node.End, variable);
                break;
        }
    }

    // The module's file (without query) or its folder.
    private static string ModulePath(JavascriptParser parser, bool dirname) =>
        dirname ? parser.Module.Directory : parser.Module.ResourcePath;
}
