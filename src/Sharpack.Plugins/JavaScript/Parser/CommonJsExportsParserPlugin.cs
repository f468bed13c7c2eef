// Follows webpack lib/dependencies/CommonJsExportsParserPlugin.js and CommonJsPlugin's free
// variables, as far as Sharpack tracks CommonJS exports today: `module` and `exports` in a
// CommonJS module need those runtime arguments, module.id and module.loaded their globals,
// module.hot is undefined without HMR, `typeof module`/`typeof exports` is "object", and
// top-level `this` is the exports object. `module` used in an ES module gets the harmony module
// decorator, so assigning module.exports there throws as in webpack.

using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>CommonJS <c>module</c>, <c>exports</c> and top-level <c>this</c>.</summary>
public static class CommonJsExportsParserPlugin
{
    private const string Name = "CommonJsExportsParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Expression.For("module").Tap(Name, static (parser, node) =>
        {
            if (!parser.CommonJs)
                return null;
            if (!parser.Result.IsEsm)
            {
                parser.Result.RuntimeRequirements |= RuntimeGlobals.Module;
                return null;
            }
            // webpack's bailout for `module` in an ES module (nothing else claims module.exports
            // there): the harmony module decorator, whose exports setter throws.
            parser.AddDependency(new ModuleDecoratorDependency(RuntimeGlobals.HarmonyModuleDecorator) { Start = node.Start, End = node.Start });
            return true;
        });
        hooks.Expression.For("exports").Tap(Name, static (parser, _) =>
        {
            if (!parser.Result.IsEsm && parser.ParserOptions.Commonjs) parser.Result.RuntimeRequirements |= RuntimeGlobals.Exports;
            return null;
        });
        hooks.Expression.For("module.hot").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(!parser.Result.IsEsm && parser.ParserOptions.Commonjs, parser, node, "undefined"));
        // CommonJsPlugin: without hot module replacement, module.hot evaluates to a nullish value.
        hooks.EvaluateIdentifier.For("module.hot").Tap(Name, static (parser, node) =>
            parser.CommonJs ? BasicEvaluatedExpression.OfNullish(node.Start, node.End) : null);
        // Handled (the module argument comes with the global): `module` itself is not walked, so
        // an ES module reading module.id is not decorated.
        hooks.Expression.For("module.id").Tap(Name, static (parser, _) =>
        {
            if (!parser.CommonJs)
                return null;
            parser.Result.RuntimeRequirements |= RuntimeGlobals.ModuleId;
            return true;
        });
        hooks.Expression.For("module.loaded").Tap(Name, static (parser, _) =>
        {
            if (!parser.CommonJs)
                return null;
            parser.Result.RuntimeRequirements |= RuntimeGlobals.ModuleLoaded;
            return true;
        });
        hooks.Typeof.For("module").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs && !parser.Result.IsEsm, parser, unary, "\"object\""));
        hooks.Typeof.For("exports").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs && !parser.Result.IsEsm, parser, unary, "\"object\""));
        hooks.EvaluateTypeof.For("module").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs && !parser.Result.IsEsm, unary, "object"));
        hooks.EvaluateTypeof.For("exports").Tap(Name, static (parser, unary) =>
            CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs && !parser.Result.IsEsm, unary, "object"));
        hooks.Expression.For("this").Tap(Name, static (parser, _) =>
        {
            parser.Result.UsesThis = true;
            parser.Result.RuntimeRequirements |= RuntimeGlobals.ThisAsExports;
            return true;
        });
    }
}
