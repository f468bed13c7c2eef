// Follows webpack lib/container/RemoteModule.js: a request for a module of another build's container
// (`app/Button`). It has no code of its own: the remotes runtime (remotes_loading.js) loads its
// container when the chunk holding it loads, and installs the exposed module's factory under its id.
// It adds its container's initialization to its share scope's (share-init, stage 20).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Federation;

/// <summary>A module of a remote container.</summary>
public sealed class RemoteModule : Module
{
    /// <summary>The source type the remotes runtime reads.</summary>
    public const string SourceType = "remote";

    private static readonly string[] s_sourceTypes = [SourceType, ShareInit.DataKey];
    private static readonly string[] s_basicTypes = ["javascript"];
    private readonly string _context;

    /// <summary>The remote module <paramref name="request"/> asks for: <paramref name="internalRequest"/> (<c>./Button</c>) of the container the external requests name.</summary>
    public RemoteModule(string request, IReadOnlyList<string> externalRequests, string internalRequest, string shareScope, string context)
        : base("remote (" + shareScope + ") " + string.Join(" ", externalRequests) + " " + internalRequest, request)
    {
        Request = request;
        ExternalRequests = externalRequests;
        InternalRequest = internalRequest;
        ShareScope = shareScope;
        _context = context;
        ReadableName = "remote " + request;
    }

    /// <summary>The request as written (<c>app/Button</c>).</summary>
    public string Request { get; }

    /// <summary>The requests of the container's external modules, tried in order.</summary>
    public IReadOnlyList<string> ExternalRequests { get; }

    /// <summary>The exposed name asked of the container (<c>./Button</c>).</summary>
    public string InternalRequest { get; }

    /// <summary>The share scope the container is initialized with.</summary>
    public string ShareScope { get; }

    /// <inheritdoc />
    public override string LibIdent => (Layer is { } layer ? "(" + layer + ")/" : "") + "webpack/container/remote/" + Request;

    /// <inheritdoc />
    public override string DeterministicName(string context) => Identifier;

    /// <inheritdoc />
    public override string Directory => _context;

    /// <inheritdoc />
    public override long Size => 6;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceTypes => s_sourceTypes;

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceBasicTypes => s_basicTypes;

    /// <inheritdoc />
    public override string? NameForCondition => Request;

    /// <inheritdoc />
    public override ExportsType GetExportsType(bool strict) => ExportsType.Dynamic;

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context)
    {
        Dependencies.Clear();
        Dependencies.Add(ExternalRequests.Count == 1 ? new RemoteToExternalDependency(ExternalRequests[0]) : new FallbackDependency(ExternalRequests));
        return [];
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        var container = context.Graph.GetModule(Dependencies[0]);
        var init = container is null || container.Id.Length == 0 ? "" : "initExternal(" + FederationCode.IdJson(container.Id) + ");";
        return new CodeGenerationResult(new RawSource(""), RuntimeGlobals.Module)
        {
            OtherSources = new Dictionary<string, Source>(StringComparer.Ordinal) { [SourceType] = new RawSource("") },
            Data = new Dictionary<string, object>(StringComparer.Ordinal) { [ShareInit.DataKey] = new[] { new ShareInit(ShareScope, 20, init) } },
        };
    }
}
