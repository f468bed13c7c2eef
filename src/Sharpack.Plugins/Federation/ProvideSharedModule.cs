// Follows webpack lib/sharing/ProvideSharedModule.js: registers a module of this build in a share
// scope under its key and version when the scope is initialized (share-init, stage 10); the
// module's chunk is loaded only when a consumer picks this version, unless it is eager.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Federation;

/// <summary>A module provided to a share scope.</summary>
public sealed class ProvideSharedModule : Module
{
    private static readonly string[] s_sourceTypes = [ShareInit.DataKey];
    private readonly string _context;

    /// <summary>Provides <paramref name="dependency"/>'s module; its request resolves from <paramref name="context"/>.</summary>
    public ProvideSharedModule(ProvideSharedDependency dependency, string context)
        : base("provide module (" + dependency.ShareScope + ") " + dependency.Name + "@" + (dependency.Version ?? "false") + " = " + dependency.ResourceRequest, dependency.ResourceRequest)
    {
        ShareScope = dependency.ShareScope;
        Name = dependency.Name;
        Version = dependency.Version;
        Request = dependency.ResourceRequest;
        Eager = dependency.Eager;
        _context = context;
        ReadableName = "provide shared module (" + ShareScope + ") " + Name + "@" + (Version ?? "false") + " = " + RequestShortener.ShortenPath(context, Request);
    }

    /// <summary>The share scope.</summary>
    public string ShareScope { get; }

    /// <summary>The share key.</summary>
    public string Name { get; }

    /// <summary>The version it is registered as (null: "0").</summary>
    public string? Version { get; }

    /// <summary>The provided module's resource.</summary>
    public string Request { get; }

    /// <summary>Whether the provided module is in the initial chunk.</summary>
    public bool Eager { get; }

    /// <inheritdoc />
    public override string LibIdent => (Layer is { } layer ? "(" + layer + ")/" : "") + "webpack/sharing/provide/" + ShareScope + "/" + Name;

    /// <inheritdoc />
    public override string DeterministicName(string context) => RequestShortener.FullModuleName(Identifier, context);

    /// <inheritdoc />
    public override string Directory => _context;

    /// <inheritdoc />
    public override long Size => 42;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes => s_sourceTypes;

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context)
    {
        Dependencies.Clear();
        Blocks.Clear();
        FederationCode.AddModuleDependency(this, new ProvideForSharedDependency(Request), Request, Eager);
        return [];
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        var template = FederationCode.Template(this, context);
        template.RuntimeRequirements = RuntimeGlobals.InitializeSharing;
        var factory = Eager ? FederationCode.SyncModuleFactory(template, Dependencies[0], Request) : FederationCode.AsyncModuleFactory(template, Blocks[0], Request);
        var code = "register(" + CodeGenerationContext.JsonString(Name) + ", " + CodeGenerationContext.JsonString(Version ?? "0") + ", " + factory + (Eager ? ", 1" : "") + ");";
        return new CodeGenerationResult(new RawSource(""), template.RuntimeRequirements)
        {
            Data = new Dictionary<string, object>(StringComparer.Ordinal) { [ShareInit.DataKey] = new[] { new ShareInit(ShareScope, 10, code) } },
        };
    }
}
