// Follows mini-css-extract-plugin's CssModule (type css/mini-extract): a stylesheet the CSS
// extract loader got from css-loader, with the media, supports() and layer of the @import that
// brought it. It has no JavaScript: its only output is its CSS, which CssExtractPlugin writes into
// its chunk's .css file. Its identifier is the css-loader module's, with the import conditions,
// so the same stylesheet imported from two places is one module.

using System.Globalization;
using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Css;

/// <summary>An extracted stylesheet.</summary>
public sealed class CssExtractModule : Module
{
    /// <summary>The module type and its one source type.</summary>
    public const string Type = "css/mini-extract";

    private static readonly string[] s_sourceTypes = [Type];
    private long _size = -1;

    /// <summary>The module of <paramref name="dependency"/>'s stylesheet.</summary>
    public CssExtractModule(CssExtractDependency dependency)
        : base(IdentifierOf(dependency), ResourceOf(dependency.Identifier))
    {
        ArgumentNullException.ThrowIfNull(dependency);
        SourceIdentifier = dependency.Identifier;
        IdentifierIndex = dependency.Index;
        Content = dependency.Content;
        Media = dependency.Media;
        Supports = dependency.Supports;
        CssLayer = dependency.CssLayer;
        SourceMap = dependency.SourceMap;
        var shortened = RequestShortener.ShortenRequest(dependency.ContextPath, SourceIdentifier);
        ReadableName = RequestShortener.ShortenPath(dependency.ContextPath, Resource);
        // mini-css-extract-plugin's readableIdentifier: "css " and the request, then what tells apart
        // the same file's stylesheets.
        var readable = new StringBuilder("css ").Append(shortened);
        if (IdentifierIndex > 0)
            readable.Append(" (").Append(IdentifierIndex.ToString(CultureInfo.InvariantCulture)).Append(')');
        if (!string.IsNullOrEmpty(CssLayer))
            readable.Append(" (layer ").Append(CssLayer).Append(')');
        if (!string.IsNullOrEmpty(Supports))
            readable.Append(" (supports ").Append(Supports).Append(')');
        if (!string.IsNullOrEmpty(Media))
            readable.Append(" (media ").Append(Media).Append(')');
        ReadableIdentifier = readable.ToString();
    }

    // mini-css-extract-plugin's identifier(), to the letter (its media slot ends in "}}").
    private static string IdentifierOf(CssExtractDependency dependency) =>
        "css|" + dependency.Identifier + "|" + dependency.Index.ToString(CultureInfo.InvariantCulture) + "|" + dependency.CssLayer + "|"
        + dependency.Supports + "|" + (dependency.Media ?? "undefined") + "}}";

    // The resource is the last part of the request, without its query (mini-css-extract-plugin's nameForCondition).
    private static string ResourceOf(string identifier)
    {
        var resource = identifier[(identifier.LastIndexOf('!') + 1)..];
        var query = resource.IndexOf('?', StringComparison.Ordinal);
        return query >= 0 ? resource[..query] : resource;
    }

    /// <summary>The identifier of the css-loader module the stylesheet came from.</summary>
    public string SourceIdentifier { get; }

    /// <summary>How many stylesheets of the same identifier came before this one in its importer.</summary>
    public int IdentifierIndex { get; }

    /// <summary>The CSS text, with the extract loader's public path placeholders in its URLs.</summary>
    public string Content { get; }

    /// <summary>The media query its @import gave, or null.</summary>
    public string? Media { get; }

    /// <summary>The supports() condition its @import gave, or null.</summary>
    public string? Supports { get; }

    /// <summary>The cascade layer its @import gave ("" for an anonymous one), or null.</summary>
    public string? CssLayer { get; }

    /// <summary>css-loader's source map of the content (JSON), or null.</summary>
    public string? SourceMap { get; }

    /// <inheritdoc />
    public override string ModuleType => Type;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes => s_sourceTypes;

    /// <inheritdoc />
    public override long Size => _size >= 0 ? _size : _size = Encoding.UTF8.GetByteCount(Content);

    /// <inheritdoc />
    public override double GetSize(string sourceType) => Size;

    /// <inheritdoc />
    public override string? NameForCondition => Resource;

    /// <inheritdoc />
    public override string Directory => Path.GetDirectoryName(Resource) ?? "/";

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context) => [];

    /// <inheritdoc />
    /// <remarks>No JavaScript; the stylesheet is the module's <see cref="Type"/> source (hashed with it, written by CssExtractPlugin).</remarks>
    public override CodeGenerationResult Generate(CodeGenerationContext context) =>
        new(new RawSource(""), RuntimeGlobals.None)
        {
            OtherSources = new Dictionary<string, Source>(StringComparer.Ordinal) { [Type] = new RawSource(Content) },
        };
}
