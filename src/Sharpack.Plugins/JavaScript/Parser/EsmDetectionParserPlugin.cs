// Follows webpack lib/dependencies/HarmonyDetectionParserPlugin.js: a module with import or
// export syntax is an ES module (javascript/esm ones are from the start).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Marks a module with import or export statements as an ES module.</summary>
public static class EsmDetectionParserPlugin
{
    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Program.Tap("EsmDetectionParserPlugin", static (parser, program) =>
        {
            if (!parser.ParserOptions.Harmony)
                return null;
            foreach (var statement in program.Body)
            {
                if (statement.Type is NodeType.ImportDeclaration or NodeType.ExportNamedDeclaration or NodeType.ExportDefaultDeclaration or NodeType.ExportAllDeclaration)
                {
                    parser.Result.IsEsm = true;
                    break;
                }
            }
            return null;
        });
    }
}
