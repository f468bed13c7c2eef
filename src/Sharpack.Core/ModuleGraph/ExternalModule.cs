// A module provided by the environment: Node.js built-ins for node targets (`fs`, `node:path`),
// loaded with the environment's own require, as webpack's NodeTargetPlugin externals.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Core.ModuleGraph;

/// <summary>A module whose exports come from <c>require(request)</c> at run time.</summary>
public sealed class ExternalModule : Module
{
    /// <summary>Creates the external for <paramref name="request"/>.</summary>
    public ExternalModule(string request) : base("external node-commonjs " + CodeGenerationContext.JsonString(request), request)
    {
        Request = request;
        ReadableName = "external node-commonjs " + CodeGenerationContext.JsonString(request);
    }

    /// <summary>The request passed to the environment's require.</summary>
    public string Request { get; }

    /// <inheritdoc />
    public override long Size => 42;

    /// <inheritdoc />
    public override IReadOnlyList<Stats.BuildDiagnostic> Build(BuildContext context) => [];

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) =>
        new(new RawSource($"module.exports = require({CodeGenerationContext.JsonString(Request)});"), RuntimeGlobals.Module);
}
