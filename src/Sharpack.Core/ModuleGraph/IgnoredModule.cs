// Follows webpack's NormalModuleFactory for a request resolved to `false` (resolve.alias or a
// package's browser field): a RawModule whose code is only a comment, so its exports are an
// empty object, and `import x from` it gives that object.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Core.ModuleGraph;

/// <summary>The empty module an ignored request stands for.</summary>
public sealed class IgnoredModule : Module
{
    private const string Code = "/* (ignored) */";

    /// <summary>Creates the module for <paramref name="request"/>, ignored when requested from <paramref name="context"/>.</summary>
    public IgnoredModule(string context, string request) : base("ignored|" + context + "|" + request, context)
    {
        ReadableName = request + " (ignored)";
    }

    /// <inheritdoc />
    public override string Directory => Resource;

    /// <inheritdoc />
    public override long Size => Code.Length;

    /// <inheritdoc />
    public override IReadOnlyList<Stats.BuildDiagnostic> Build(BuildContext context) => [];

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => new(new RawSource(Code), RuntimeGlobals.None);
}
