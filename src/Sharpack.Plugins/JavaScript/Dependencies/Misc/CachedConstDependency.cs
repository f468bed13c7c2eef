// Follows webpack lib/dependencies/CachedConstDependency.js and ExternalModuleDependency.js: an
// expression computed once into a variable, at the top of the module function or (PLACE_CHUNK)
// at the top of the chunk, outside every module function (there `import.meta` is still the
// chunk's own, even for code the eval devtool wraps), and the range replaced by the variable.
// With an import, the chunk also imports the names the expression uses (ES module output only).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>An expression computed once into <see cref="Identifier"/>, which replaces the range.</summary>
public sealed class CachedConstDependency(string expression, string identifier, bool inChunk, ExternalImport? import = null) : Dependency
{
    // webpack's InitFragment.STAGE_CONSTANTS: before the ES module namespace, exports and imports
    // (stages 0, 1, 10 of a module's fragments here).
    private const int StageConstants = -10;

    /// <summary>The expression computed once.</summary>
    public string Expression { get; } = expression;

    /// <summary>The variable it is stored in.</summary>
    public string Identifier { get; } = identifier;

    /// <summary>Whether the variable is declared at the top of the chunk (webpack's PLACE_CHUNK) rather than of the module.</summary>
    public bool InChunk { get; } = inChunk;

    /// <summary>An ES import of the chunk that <see cref="Expression"/> needs, or null.</summary>
    public ExternalImport? Import { get; } = import;

    /// <summary>The expression when the module runs at build time (webpack's buildTimeInitCode), or null for <see cref="Expression"/>.</summary>
    public string? BuildTimeExpression { get; init; }

    /// <summary>Whether the range is replaced by the variable (false when only the declaration is wanted, e.g. for a destructured <c>import.meta</c>).</summary>
    public bool ReplacesRange { get; init; } = true;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var expression = BuildTimeExpression is { } buildTime && context.Generation.BuildTimeExecution ? buildTime : Expression;
        if (InChunk)
        {
            foreach (var fragment in ChunkFragments(expression, Identifier, Import))
                context.AddChunkInitFragment(fragment);
        }
        else
        {
            context.AddInitFragment(new InitFragment($"var {Identifier} = {expression};\n", StageConstants, 0, "const " + Identifier));
            if (Import is { } import)
                context.AddChunkInitFragment(ImportFragment(import));
        }
        if (!ReplacesRange)
            return;
        if (End == Start)
            context.Source.Insert(Start, Identifier);
        else
            context.Source.Replace(Start, End - 1, Identifier);
    }

    /// <summary>
    /// The chunk init fragments that declare <paramref name="identifier"/> = <paramref name="expression"/>
    /// at the top of a chunk (with the import it needs first): keyed by the names, so every module
    /// of the chunk that asks for the same constant shares one declaration.
    /// </summary>
    public static InitFragment[] ChunkFragments(string expression, string identifier, ExternalImport? import, string declaration = "var")
    {
        // After the chunk's imports (position 10), as webpack's.
        var constant = new InitFragment($"{declaration} {identifier} = {expression};\n", StageConstants, 10, "const " + identifier);
        return import is null ? [constant] : [ImportFragment(import), constant];
    }

    private static InitFragment ImportFragment(ExternalImport import) => new(
        $"import {{ {import.Name} as {import.LocalName} }} from {CodeGenerationContext.JsonString(import.Module)};\n",
        StageConstants, 0, $"external module imports|{import.Module}|{import.Name} as {import.LocalName}");

    /// <summary>
    /// node's <c>require</c> in ES module output, which has none (webpack's
    /// getExternalModuleNodeCommonjsInitFragment): <c>createRequire(import.meta.url)</c> once per
    /// chunk, shared by externals and <c>__non_webpack_require__</c>.
    /// </summary>
    /// <remarks>
    /// With <paramref name="universal"/> (a bundle that may run in a browser too) there is no static
    /// import of node's <c>module</c>, which would fail to load off node: createRequire is read
    /// through the guarded <c>process.getBuiltinModule()</c> instead, so the constant is falsy there.
    /// </remarks>
    public static InitFragment[] NodeRequireFragments(Core.Options.SharpackOptions options, bool universal = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        // webpack's external init fragment declares it with the environment's const.
        var declaration = options.Output.Environment.Const ? "const" : "var";
        if (!universal)
            return ChunkFragments(NodeRequireExpression(options), NodeRequireName, NodeRequireImport(options), declaration);
        var environment = options.Output.Environment;
        var expression = environment.BuiltinModuleGetter(CodeGenerationContext.JsonString(environment.CoreModule("module")), ".createRequire(" + options.Output.ImportMetaName + ".url)");
        return ChunkFragments(expression, NodeRequireName, null, declaration);
    }

    /// <summary>A dependency that reads node's require at <paramref name="start"/>..<paramref name="end"/> (<c>__non_webpack_require__</c>): the same chunk constant as <see cref="NodeRequireFragments"/>.</summary>
    public static CachedConstDependency NodeRequire(Core.Options.SharpackOptions options, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CachedConstDependency(NodeRequireExpression(options), NodeRequireName, inChunk: true, NodeRequireImport(options)) { Start = start, End = end };
    }

    private static string NodeRequireExpression(Core.Options.SharpackOptions options) =>
        CreateRequireName + "(" + options.Output.ImportMetaName + ".url)";

    private static ExternalImport NodeRequireImport(Core.Options.SharpackOptions options) =>
        new(options.Output.Environment.CoreModule("module"), "createRequire", CreateRequireName);

    /// <summary>The local name of node's createRequire in ES module output.</summary>
    private const string CreateRequireName = "__WEBPACK_EXTERNAL_createRequire";

    /// <summary>The chunk-level variable holding node's require in ES module output (see <see cref="NodeRequireFragments"/>).</summary>
    public const string NodeRequireName = "__WEBPACK_EXTERNAL_createRequire_require";
}

/// <summary>A named import from a module, under a local name: <c>import { Name as LocalName } from "Module"</c>.</summary>
public sealed record ExternalImport(string Module, string Name, string LocalName);
