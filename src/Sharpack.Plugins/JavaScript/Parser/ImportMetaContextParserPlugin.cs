// Follows webpack lib/dependencies/ImportMetaContextDependencyParserPlugin.js:
// import.meta.webpackContext(dir, { recursive, regExp, mode, include, exclude, chunkName,
// prefetch, preload }) is a context module; importMeta's object form (its webpackContext field),
// else the parser option importMetaContext, else importMeta switch it off.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Context;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>import.meta.webpackContext.</summary>
public static class ImportMetaContextParserPlugin
{
    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("import.meta.webpackContext").Tap("ImportMetaContextParserPlugin", static (parser, call) =>
        {
            if (!parser.ParserOptions.IsImportMetaContextEnabled() || call.Callee is not MemberExpression { Object: MetaProperty } || call.Arguments.Length < 1 || parser.EvaluateString(call.Arguments[0]) is not { } directory)
                return null;
            var recursive = true;
            var patternText = "/^\\.\\/.*$/";
            var pattern = "^\\./.*$";
            var mode = "sync";
            string? include = null, exclude = null, chunkName = null;
            int? prefetch = null, preload = null;
            if (call.Arguments.Length >= 2 && call.Arguments[1] is ObjectExpression options)
            {
                foreach (var item in options.Properties)
                {
                    if (item is not Property { Computed: false, Key: Identifier key } property)
                        continue;
                    var value = property.Value;
                    switch (key.Name)
                    {
                        case "recursive" when value is Literal { Kind: LiteralKind.Boolean } flag: recursive = flag.BooleanValue; break;
                        case "regExp" when value is Literal { Kind: LiteralKind.RegExp } regExp:
                            patternText = "/" + regExp.RegexPattern + "/" + regExp.RegexFlags;
                            pattern = ContextDependencyHelpers.DotNetPattern(regExp) ?? pattern;
                            break;
                        case "include" when value is Literal { Kind: LiteralKind.RegExp } regExp:
                            include = ContextDependencyHelpers.DotNetPattern(regExp);
                            break;
                        case "exclude" when value is Literal { Kind: LiteralKind.RegExp } regExp:
                            exclude = ContextDependencyHelpers.DotNetPattern(regExp);
                            break;
                        case "mode" when parser.EvaluateString(value) is { } modeText: mode = modeText; break;
                        case "chunkName" when parser.EvaluateString(value) is { } name: chunkName = name; break;
                        case "prefetch" when value is Literal { Kind: LiteralKind.Boolean, BooleanValue: true }: prefetch = 0; break;
                        case "preload" when value is Literal { Kind: LiteralKind.Boolean, BooleanValue: true }: preload = 0; break;
                        default:
                            parser.Result.Warnings.Add(parser.Warning(property.Start, $"import.meta.webpackContext: unsupported or non-literal option '{key.Name}' is ignored"));
                            break;
                    }
                }
            }
            var groupOptions = chunkName is null && prefetch is null && preload is null ? null : new ChunkGroupOptions(chunkName, prefetch, preload);
            var dependency = new ContextDependency(directory, new ContextOptions(recursive, pattern, patternText, mode, groupOptions, include, exclude)) { Start = call.Start, End = call.End };
            dependency.Replacements.Add((call.Start, call.End, "__webpack_require__({id})"));
            parser.AddDependency(dependency);
            return true;
        });
    }
}
