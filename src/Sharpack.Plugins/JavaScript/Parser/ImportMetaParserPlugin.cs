// Follows webpack lib/dependencies/ImportMetaPlugin.js: import.meta.url is the module's file URL,
// import.meta.webpack the major version, import.meta.webpackHot undefined without HMR, and a bare
// import.meta an object holding the url.

using Sharpack.Core.CodeGeneration;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>import.meta and its properties.</summary>
public static class ImportMetaParserPlugin
{
    private const string Name = "ImportMetaParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Expression.For("import.meta.url").Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, CodeGenerationContext.JsonString(new Uri(parser.Module.Resource).AbsoluteUri));
            return true;
        });
        hooks.Expression.For("import.meta.webpack").Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, "5");
            return true;
        });
        hooks.Expression.For("import.meta.webpackHot").Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, "undefined");
            return true;
        });
        hooks.Expression.For("import.meta").Tap(Name, static (parser, node) =>
        {
            var prefix = parser.IsAsiPosition(node.Start) ? ";" : "";
            parser.Replace(node.Start, node.End, prefix + "({ url: " + CodeGenerationContext.JsonString(new Uri(parser.Module.Resource).AbsoluteUri) + " })");
            return true;
        });
    }
}
