// Follows webpack lib/dependencies/CreateRequireParserPlugin.js (parser.javascript.createRequire,
// on for node targets): `import { createRequire } from "module"` is no import of node's module;
// `const req = createRequire(import.meta.url)` makes req a require function of the module's own
// folder, so `req("./x")`, `req.resolve("./x")` and `req.cache` are CommonJS requires bundled
// as `require` would be; the call itself becomes `/* createRequire() */ undefined`.

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary><c>createRequire(import.meta.url)</c> from node's <c>module</c>.</summary>
public static class CreateRequireParserPlugin
{
    private const string Name = "CreateRequireParserPlugin";

    // The free name the imported createRequire is renamed to while its module is walked.
    private const string Alias = "module.createRequire";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        // Before the ES import plugin: the import is taken whole.
        hooks.Import.Tap(new Core.Hooks.TapOptions(Name) { Stage = -10 }, static (parser, import, source) =>
        {
            if (parser.ParserOptions.CreateRequire is not { } option || !Matches(option, source, out var specifierName)
                || import.Specifiers is not [ImportSpecifier { Local: { Symbol: >= 0 } local } specifier]
                || specifier.Imported is not Identifier { } imported || imported.Name != specifierName)
                return null;
            parser.Replace(import.Start, import.End, parser.IsAsiPosition(import.Start) ? ";" : "");
            parser.UnsetAsiPositionAfter(import);
            parser.Rename(local.Symbol, Alias);
            return true;
        });
        hooks.Call.For(Alias).Tap(Name, static (parser, call) =>
        {
            // `const req = createRequire(url)`: req requires from url's folder.
            if (parser.DeclaratorIdFor(call) is { } id && ContextOf(parser, call) is { } context)
            {
                if (string.Equals(context, parser.Module.Directory, StringComparison.Ordinal))
                    parser.RenameToCreatedRequire(id.Symbol);
                else
                    parser.Result.Warnings.Add(parser.Warning(call.Start,
                        "module.createRequire from another folder than the module's own is not supported by sharpack; the require function it makes is left to run as written."));
            }
            parser.Replace(call.Start, call.End, "/* createRequire() */ undefined");
            return true;
        });
        hooks.Expression.For(Alias).Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, "/* createRequire */ undefined");
            return true;
        });
    }

    // "createRequire from module" (webpack's `true`) reads node's module under both of its names.
    private static bool Matches(string option, string source, out string specifierName)
    {
        var at = option.IndexOf(" from ", StringComparison.Ordinal);
        specifierName = option[..at];
        var module = option[(at + 6)..];
        return source == module || (module == "module" && option == "createRequire from module" && source == "node:module");
    }

    // webpack's parseCreateRequireArguments: the folder of the one argument, a file path or file: URL.
    private static string? ContextOf(JavascriptParser parser, CallExpression call)
    {
        if (call.Arguments is not [var argument and not SpreadElement])
        {
            parser.Result.Warnings.Add(parser.Warning(call.Start, "module.createRequire supports only one argument."));
            return null;
        }
        string? file;
        if (UrlParserPlugin.IsImportMetaUrl(argument))
            file = Core.ModuleGraph.Module.ResourcePathOf(parser.Module.Resource);
        else if (parser.EvaluateExpression(argument)?.AsString() is { } text)
            file = text.StartsWith("file://", StringComparison.Ordinal) ? new Uri(text).LocalPath : text;
        else
            file = null;
        if (file is null)
        {
            parser.Result.Warnings.Add(parser.Warning(argument.Start, "module.createRequire failed parsing argument."));
            return null;
        }
        var slash = file.LastIndexOf(file.StartsWith('/') ? '/' : '\\');
        return slash < 0 ? file : slash == 0 ? "/" : file[..slash];
    }
}
