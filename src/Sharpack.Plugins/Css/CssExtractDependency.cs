// Follows mini-css-extract-plugin's CssDependency: one stylesheet the CSS extract loader got from
// css-loader's exports, which the JavaScript module that imported the CSS file depends on. Its
// module (CssExtractModule) needs no resolution: CssExtractPlugin's dependency factory makes it.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Css;

/// <summary>A stylesheet extracted from a module's css-loader exports.</summary>
public sealed class CssExtractDependency : Dependency
{
    /// <summary>The stylesheet of <paramref name="identifier"/> (the css-loader module it came from), the <paramref name="index"/>th with that identifier in its importer.</summary>
    public CssExtractDependency(string identifier, int index, string context, string content)
    {
        Identifier = identifier;
        Index = index;
        ContextPath = context;
        Content = content;
        // webpack's getResourceIdentifier; make factorizes dependencies that have a request.
        Request = "css-module-" + identifier + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string? Request { get; }

    /// <summary>The identifier of the css-loader module the stylesheet came from.</summary>
    public string Identifier { get; }

    /// <summary>How many stylesheets of the same identifier the importer had before this one.</summary>
    public int Index { get; }

    /// <summary>The folder the stylesheet's module is in (the build's context).</summary>
    public string ContextPath { get; }

    /// <summary>The CSS text.</summary>
    public string Content { get; }

    /// <summary>The media query its @import gave, or null.</summary>
    public string? Media { get; init; }

    /// <summary>The supports() condition its @import gave, or null.</summary>
    public string? Supports { get; init; }

    /// <summary>The cascade layer its @import gave ("" for an anonymous layer), or null.</summary>
    public string? CssLayer { get; init; }

    /// <summary>css-loader's source map of the content (JSON), or null.</summary>
    public string? SourceMap { get; init; }

    /// <inheritdoc />
    public override string TypeName => "css-extract";

    /// <inheritdoc />
    /// <remarks>The stylesheet has no code; it only carries its own (webpack's TRANSITIVE_ONLY).</remarks>
    public override ConnectionState GetModuleEvaluationSideEffectsState(ModuleGraph moduleGraph) => ConnectionState.TransitiveOnly;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
    }
}
