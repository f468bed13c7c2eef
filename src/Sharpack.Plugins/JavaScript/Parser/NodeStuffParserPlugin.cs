// Follows webpack lib/NodeStuffPlugin.js: node's `global` is the global object (globalThis where
// output.environment has it, else the runtime's __webpack_require__.g), and __filename
// and __dirname (javascript/auto and javascript/dynamic modules) and import.meta.filename and
// import.meta.dirname (javascript/auto and javascript/esm modules) follow the `node` option:
//   "mock" / "warn-mock"  "/index.js" and "/" (warn-mock also warns that they are node's);
//   true                  the module's path relative to the context;
//   "node-module"         the output file's own path at run time: in ES module output a constant
//                         at the top of the chunk (webpack's setUrlModuleConstant), read from
//                         import.meta.dirname/filename where output.environment has them (or on
//                         the universal target), else from import.meta.url through node's
//                         fileURLToPath; node's own __filename/__dirname otherwise;
//   "eval-only"           as node-module in ES module output; else __filename/__dirname stay and
//                         import.meta.filename/dirname become them;
//   false                 left to the platform.
// A set mode also lets the evaluator know them (the module's path and folder), as webpack's does,
// so `require(__dirname + "/x")` is a request.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
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
        hooks.Expression.For("global").Tap(Name, static (parser, node) => ReplaceGlobal(parser, node));
        // `var g = global` (renamed by a definition of global.x): the initializer is the global object too.
        hooks.Rename.For("global").Tap(Name, static (parser, node) =>
        {
            ReplaceGlobal(parser, node);
            return false;
        });
        TapPathVariable(hooks, "__filename", dirname: false);
        TapPathVariable(hooks, "__dirname", dirname: true);
        TapImportMetaPath(hooks, "import.meta.filename", dirname: false);
        TapImportMetaPath(hooks, "import.meta.dirname", dirname: true);
        // `const { dirname, filename } = import.meta`: the same values, as properties.
        hooks.ImportMetaPropertyInDestructuring.Tap(Name, static (parser, key) =>
        {
            if (key is not ("dirname" or "filename") || parser.Module.Type == "javascript/dynamic" || !parser.ParserOptions.IsImportMetaFieldEnabled(key))
                return null;
            var dirname = key == "dirname";
            var value = MetaMode(parser, dirname) switch
            {
                "false" => parser.Options.Output.ImportMetaName + "." + key,
                "mock" or "warn-mock" => dirname ? "\"/\"" : "\"/index.js\"",
                "true" => RelativePath(parser, dirname),
                "node-module" or "eval-only" when parser.Options.Output.Module => UrlModuleConstant(parser, -1, -1, dirname),
                "node-module" or "eval-only" => dirname ? "__dirname" : "__filename",
                _ => null,
            };
            return value is null ? null : key + ": " + value + ",";
        });
    }

    // webpack's getGlobalDep: globalThis where the environment has it, else the runtime's global object.
    private static bool? ReplaceGlobal(JavascriptParser parser, Node node) => parser.Options.Output.Environment.GlobalThis
        ? CommonJsImportsParserPlugin.ReplaceIf(parser.ParserOptions.Node is { Global: true }, parser, node, "globalThis")
        : CommonJsImportsParserPlugin.ReplaceIf(parser.ParserOptions.Node is { Global: true }, parser, node, "__webpack_require__.g", RuntimeGlobals.Global);

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
                parser.Replace(node.Start, node.End, RelativePath(parser, dirname));
                break;
            case "node-module" or "eval-only" when parser.Options.Output.Module:
                UrlModuleConstant(parser, node.Start, node.End, dirname);
                break;
            case "node-module" or "eval-only" when meta:
                // Output that is not an ES module has node's own variables, not import.meta.
                parser.Replace(node.Start, node.End, variable);
                break;
        }
    }

    // The module's path relative to the context, as a string literal; the context itself is ""
    // (node's path.relative, where .NET's GetRelativePath says ".").
    private static string RelativePath(JavascriptParser parser, bool dirname)
    {
        var relative = Path.GetRelativePath(parser.Options.Context, ModulePath(parser, dirname)).Replace('\\', '/');
        return CodeGenerationContext.JsonString(relative == "." ? "" : relative);
    }

    // Follows setUrlModuleConstant: __webpack_dirname__ (or _filename), declared once at the top
    // of the chunk, replaces the range (none when start is negative); returns the variable.
    private static string UrlModuleConstant(JavascriptParser parser, int start, int end, bool dirname)
    {
        const string FileUrlToPath = "__webpack_fileURLToPath__";
        var output = parser.Options.Output;
        var property = dirname ? "dirname" : "filename";
        var identifier = "__webpack_" + property + "__";
        // Node has import.meta's own (and the universal target cannot import node's url module at its top).
        var native = output.Environment.ImportMetaDirnameAndFilename || parser.Options.Target.IsUniversal;
        var expression = native
            ? output.ImportMetaName + "." + property
            : FileUrlToPath + "(" + output.ImportMetaName + ".url" + (dirname ? ".replace(/\\/(?:[^\\/]*)$/, \"\")" : "") + ")";
        var import = native ? null : new ExternalImport(output.Environment.CoreModule("url"), "fileURLToPath", FileUrlToPath);
        parser.AddDependency(new CachedConstDependency(expression, identifier, inChunk: true, import)
        {
            Start = Math.Max(start, 0),
            End = Math.Max(end, 0),
            ReplacesRange = start >= 0,
        });
        return identifier;
    }

    // The module's file (without query) or its folder.
    private static string ModulePath(JavascriptParser parser, bool dirname) =>
        dirname ? parser.Module.Directory : parser.Module.ResourcePath;
}
