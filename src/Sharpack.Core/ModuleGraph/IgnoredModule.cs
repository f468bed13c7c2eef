// Follows webpack's NormalModuleFactory for a request resolved to `false` (resolve.alias or a
// package's browser field): a RawModule whose code is only a comment, so its exports are an
// empty object, and `import x from` it gives that object. An ignored asset URL (`new URL()`) is
// webpack's RawDataUrlModule instead: its value is the empty data: URL. An entry IgnorePlugin drops
// is webpack's "ignored-entry-module": an empty module, so the entry still has its chunk and script.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Core.ModuleGraph;

/// <summary>The empty module an ignored request stands for.</summary>
public sealed class IgnoredModule : Module
{
    private readonly string _code = "/* (ignored) */";

    /// <summary>Creates the module for <paramref name="request"/>, ignored when requested from <paramref name="context"/>.</summary>
    public IgnoredModule(string context, string request) : base("ignored|" + context + "|" + request, context)
    {
        ReadableName = request + " (ignored)";
    }

    private IgnoredModule(string identifier, string context, string readableName, string code) : base(identifier, context)
    {
        ReadableName = readableName;
        _code = code;
    }

    /// <summary>The module an ignored asset URL stands for (webpack's RawDataUrlModule of <c>data:,</c>).</summary>
    public static IgnoredModule ForUrl(string context) => new("ignored-asset", context, "(ignored asset)", "module.exports = \"data:,\";");

    /// <summary>The module an entry a plugin ignored stands for (webpack's IgnorePlugin: empty and side-effect free).</summary>
    public static IgnoredModule ForEntry(string context) => new("ignored-entry-module", context, "(ignored-entry-module)", "") { FactorySideEffectFree = true };

    /// <inheritdoc />
    public override string Directory => Resource;

    /// <inheritdoc />
    public override long Size => _code.Length;

    /// <inheritdoc />
    public override IReadOnlyList<Stats.BuildDiagnostic> Build(BuildContext context) => [];

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => new(new RawSource(_code), Identifier == "ignored-asset" ? RuntimeGlobals.Module : RuntimeGlobals.None);
}
