// Follows webpack lib/dependencies/CssImportDependency.js: `@import url("x.css") layer(a)
// supports(display: grid) screen;` makes x.css a module of its own for that layer, condition and
// media (each combination is another module, so its stylesheet is wrapped once), and the rule
// itself is removed from the importing stylesheet: the chunk's file holds the imported module
// before it.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Css;

/// <summary>A CSS <c>@import</c>.</summary>
/// <param name="request">The imported URL.</param>
/// <param name="mode">The importing module's mode when it is a CSS module (<c>local</c> or <c>global</c>), else null.</param>
public sealed class CssImportDependency(string request, string? mode) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    /// <remarks>webpack's: a stylesheet @imported by a CSS module may join its concatenation.</remarks>
    public override bool JoinsConcatenation => true;

    /// <inheritdoc />
    public override string TypeName => "css @import";

    /// <inheritdoc />
    public override DependencyCategory Category => Mode switch
    {
        "local" => DependencyCategory.CssImportLocalModule,
        "global" => DependencyCategory.CssImportGlobalModule,
        _ => DependencyCategory.CssImport,
    };

    /// <summary>The importing module's CSS modules mode (<c>local</c>, <c>global</c>) or null.</summary>
    public string? Mode { get; } = mode;

    /// <summary>The cascade layer: null for none, "" for an anonymous <c>layer</c>.</summary>
    public string? Layer { get; init; }

    /// <summary>The <c>supports(…)</c> condition, or null.</summary>
    public string? Supports { get; init; }

    /// <summary>The media query list, or null.</summary>
    public string? Media { get; init; }

    /// <summary>The layer, condition and media of the importing module and of those that imported it, innermost first.</summary>
    public IReadOnlyList<CssInheritance>? Inheritance { get; init; }

    /// <summary>The importing module's <c>exportType</c> when it is not <c>link</c>: an imported stylesheet is exported the same way (its text inlined into the importer's).</summary>
    public string? ExportType { get; init; }

    /// <summary>What the imported module's identifier adds (webpack's CssModule.identifier): its layer, condition, media, inheritance and exportType.</summary>
    public string ModuleIdentifierSuffix => CssInheritance.IdentifierSuffix(Layer, Supports, Media, Inheritance) + (ExportType is { } exportType ? "|" + exportType : "");

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <inheritdoc />
    /// <remarks>The rule is removed from the stylesheet when its module is rendered; in JavaScript it is nothing.</remarks>
    public override void Apply(TemplateContext context)
    {
    }
}

/// <summary>The layer, <c>supports()</c> condition and media an <c>@import</c> wraps a stylesheet in.</summary>
/// <param name="Layer">The layer (null: none; "": anonymous).</param>
/// <param name="Supports">The condition, or null.</param>
/// <param name="Media">The media query list, or null.</param>
public sealed record CssInheritance(string? Layer, string? Supports, string? Media)
{
    /// <summary>webpack's CssModule.identifier additions: <c>|layer|supports|media</c> and each inherited entry.</summary>
    public static string IdentifierSuffix(string? layer, string? supports, string? media, IReadOnlyList<CssInheritance>? inheritance)
    {
        if (string.IsNullOrEmpty(layer) && supports is null && media is null && inheritance is null)
            return "";
        var builder = new System.Text.StringBuilder();
        if (!string.IsNullOrEmpty(layer))
            builder.Append('|').Append(layer);
        if (supports is not null)
            builder.Append('|').Append(supports);
        if (media is not null)
            builder.Append('|').Append(media);
        if (inheritance is not null)
        {
            for (var i = 0; i < inheritance.Count; i++)
                builder.Append("|inheritance_").Append(i).Append('|').Append(inheritance[i].Layer).Append('|').Append(inheritance[i].Supports).Append('|').Append(inheritance[i].Media);
        }
        return builder.ToString();
    }
}
