// Follows webpack lib/sharing/ConsumeSharedModule.js: a module taken from a share scope. Its code
// (consume-shared) is a function the consumes runtime calls when its chunk loads, which picks a
// version from the scope (load, loadVersion, loadStrictVersion, loadSingleton…) or falls back to
// this build's own copy (a dependency, in a block of its own unless eager).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Federation;

/// <summary>What a consumed module asks of its share scope.</summary>
/// <param name="ShareScope">The share scope.</param>
/// <param name="ShareKey">The key in the scope.</param>
/// <param name="Import">The fallback request, or null for none.</param>
/// <param name="ImportResolved">The fallback's resolved path, or null.</param>
/// <param name="RequiredVersion">The versions it accepts, or null for any.</param>
/// <param name="RequiredVersionIsFalse">Whether the configuration said <c>requiredVersion: false</c> (shown as such in the identifier).</param>
/// <param name="StrictVersion">Whether an unsatisfying version is refused (else a warning).</param>
/// <param name="Singleton">Whether one version only may be loaded.</param>
/// <param name="Eager">Whether the fallback is in the initial chunk.</param>
/// <param name="PackageName">The package whose required version package.json gives, or null to take it from the request.</param>
public sealed record ConsumeOptions(string ShareScope, string ShareKey, string? Import, string? ImportResolved, SemverRange? RequiredVersion,
    bool RequiredVersionIsFalse, bool StrictVersion, bool Singleton, bool Eager, string? PackageName);

/// <summary>A module consumed from a share scope.</summary>
public sealed class ConsumeSharedModule : Module
{
    /// <summary>The source type the consumes runtime reads.</summary>
    public const string SourceType = "consume-shared";

    private static readonly string[] s_sourceTypes = [SourceType];
    private static readonly string[] s_basicTypes = ["javascript"];
    private readonly string _context;

    /// <summary>The module of <paramref name="options"/>; its fallback resolves from <paramref name="context"/>.</summary>
    public ConsumeSharedModule(string context, ConsumeOptions options)
        : base(IdentifierOf(options), context)
    {
        Options = options;
        _context = context;
        ReadableName = "consume shared module (" + options.ShareScope + ") " + options.ShareKey + "@" + (options.RequiredVersion?.ToString() ?? "*")
            + (options.StrictVersion ? " (strict)" : "") + (options.Singleton ? " (singleton)" : "")
            + (options.ImportResolved is { } resolved ? " (fallback: " + RequestShortener.ShortenPath(context, resolved) + ")" : "")
            + (options.Eager ? " (eager)" : "");
    }

    private static string IdentifierOf(ConsumeOptions options) =>
        "consume-shared-module|" + options.ShareScope + "|" + options.ShareKey + "|"
        + (options.RequiredVersion?.ToString() ?? (options.RequiredVersionIsFalse ? "false" : "undefined")) + "|"
        + (options.StrictVersion ? "true" : "false") + "|" + (options.ImportResolved ?? "undefined") + "|"
        + (options.Singleton ? "true" : "false") + "|" + (options.Eager ? "true" : "false");

    /// <summary>What the module asks of its share scope.</summary>
    public ConsumeOptions Options { get; }

    /// <inheritdoc />
    public override string ModuleType => "consume-shared-module";

    /// <inheritdoc />
    public override string LibIdent => (Layer is { } layer ? "(" + layer + ")/" : "") + "webpack/sharing/consume/" + Options.ShareScope + "/" + Options.ShareKey
        + (Options.Import is { } request ? "/" + request : "");

    /// <inheritdoc />
    public override string DeterministicName(string context) => RequestShortener.FullModuleName(Identifier, context);

    /// <inheritdoc />
    public override string Directory => _context;

    /// <inheritdoc />
    public override long Size => 42;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes => s_sourceTypes;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceBasicTypes => s_basicTypes;

    /// <summary>The fallback module (this build's copy), or null.</summary>
    public Module? FallbackModule => Options.Eager
        ? Dependencies.Count > 0 ? Dependencies[0].Target : null
        : Blocks.Count > 0 && Blocks[0].Dependencies.Count > 0 ? Blocks[0].Dependencies[0].Target : null;

    /// <inheritdoc />
    /// <remarks>The fallback's where there is one: the shared copy is expected to look the same.</remarks>
    public override ExportsType GetExportsType(bool strict) => FallbackModule?.GetExportsType(strict) ?? ExportsType.Dynamic;

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context)
    {
        Dependencies.Clear();
        Blocks.Clear();
        if (Options.Import is { } request)
        {
            FederationCode.AddModuleDependency(this, new ConsumeSharedFallbackDependency(request), request, Options.Eager);
        }
        return [];
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        var template = FederationCode.Template(this, context);
        template.RuntimeRequirements = RuntimeGlobals.ShareScopeMap;
        string? fallback = null;
        if (Options.Import is { } request)
            fallback = Options.Eager ? FederationCode.SyncModuleFactory(template, Dependencies[0], request) : FederationCode.AsyncModuleFactory(template, Blocks[0], request);
        var arguments = new List<string>
        {
            CodeGenerationContext.JsonString(Options.ShareScope),
            CodeGenerationContext.JsonString(Options.ShareKey),
            Options.Eager ? "true" : "false",
        };
        if (Options.RequiredVersion is { } range)
            arguments.Add(range.ToJavaScript());
        if (fallback is not null)
            arguments.Add(fallback);
        var function = Options.RequiredVersion is not null
            ? Options.StrictVersion ? Options.Singleton ? "loadStrictSingletonVersion" : "loadStrictVersion" : Options.Singleton ? "loadSingletonVersion" : "loadVersion"
            : Options.Singleton ? "loadSingleton" : "load";
        var code = FederationCode.Returning(context, function + "(" + string.Join(", ", arguments) + ")");
        return new CodeGenerationResult(new RawSource(""), template.RuntimeRequirements)
        {
            OtherSources = new Dictionary<string, Source>(StringComparer.Ordinal) { [SourceType] = new RawSource(code) },
        };
    }
}
