// Follows webpack lib/ExternalModule.js for the `node-commonjs` and `module-import` types: a
// module provided by the environment (Node.js built-ins for node targets: `fs`, `node:path`;
// Electron's for electron targets). node-commonjs loads it with the environment's own require (in
// ES module output, a require made from import.meta.url); module-import, for an ES import in ES
// module output, imports it statically at the top of the chunk.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Externals;

/// <summary>A module whose exports come from the environment at run time.</summary>
public sealed class ExternalModule : Module
{
    /// <summary>Creates the external for <paramref name="request"/>.</summary>
    /// <param name="request">The request passed to the environment.</param>
    /// <param name="moduleImport">True for <c>module-import</c>: a static import in ES module output.</param>
    public ExternalModule(string request, bool moduleImport = false)
        : base(Describe(request, moduleImport), request)
    {
        Request = request;
        IsModuleImport = moduleImport;
        ReadableName = Describe(request, moduleImport);
    }

    /// <summary>The request passed to the environment's require or import.</summary>
    public string Request { get; }

    /// <summary>True when the chunk imports it statically (<c>module-import</c>), not with require.</summary>
    public bool IsModuleImport { get; }

    /// <summary>The local name of a module-import external's namespace in its chunk (webpack's <c>__WEBPACK_EXTERNAL_MODULE_x__</c>).</summary>
    public string ImportName => "__WEBPACK_EXTERNAL_MODULE_" + ToIdentifier(Request) + "__";

    /// <inheritdoc />
    public override long Size => 42;

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context) => [];

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) =>
        // ES module output has no `require`: webpack's node-commonjs externals make one from import.meta.url.
        new(new RawSource(IsModuleImport && context.Options.Output.Module
            ? $"module.exports = {ImportName};"
            : context.Options.Output.Module
            ? $"module.exports = {CreateRequireName}({context.Options.Output.ImportMetaName}.url)({CodeGenerationContext.JsonString(Request)});"
            : $"module.exports = require({CodeGenerationContext.JsonString(Request)});"), RuntimeGlobals.Module);

    /// <summary>The local name of node's createRequire, imported at the top of an ES module chunk that holds externals.</summary>
    public const string CreateRequireName = "__WEBPACK_EXTERNAL_createRequire";

    private static string Describe(string request, bool moduleImport) =>
        (moduleImport ? "external module-import " : "external node-commonjs ") + CodeGenerationContext.JsonString(request);

    // webpack's Template.toIdentifier: runs of characters no identifier holds become "_".
    private static string ToIdentifier(string text)
    {
        var builder = new StringBuilder(text.Length + 1);
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] is '$' or '_'))
            builder.Append('_');
        var inRun = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '$' or '_')
            {
                builder.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                builder.Append('_');
                inRun = true;
            }
        }
        return builder.ToString();
    }
}
