// Follows webpack lib/ExternalModule.js for the `node-commonjs` type: a module provided by the
// environment (Node.js built-ins for node targets: `fs`, `node:path`), loaded with the
// environment's own require; in ES module output, a require made from import.meta.url.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Externals;

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
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context) => [];

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) =>
        // ES module output has no `require`: webpack's node-commonjs externals make one from import.meta.url.
        new(new RawSource(context.Options.Output.Module
            ? $"module.exports = {CreateRequireName}(import.meta.url)({CodeGenerationContext.JsonString(Request)});"
            : $"module.exports = require({CodeGenerationContext.JsonString(Request)});"), RuntimeGlobals.Module);

    /// <summary>The local name of node's createRequire, imported at the top of an ES module chunk that holds externals.</summary>
    public const string CreateRequireName = "__WEBPACK_EXTERNAL_createRequire";
}
