// Follows webpack lib/optimize/ConcatenatedModule.js: ES modules merged into the scope of one
// module (scope hoisting). The root module's place in the chunks and its exports are this
// module's; the other modules are inner, reached only through ES imports (and, with
// concatenateModules.commonjs, require() calls) from within. Its code is the inner modules' code
// generated one after another in import order, their top-level names renamed where they would
// collide; CommonJS members, what require() loads and what those import run wrapped behind lazy
// accessors instead (ConcatenatedModule.CodeGeneration.cs).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Optimize;

/// <summary>A root ES module with the ES modules it imports merged into one scope.</summary>
public sealed partial class ConcatenatedModule : Module
{
    private readonly HashSet<Module> _modules;

    /// <summary>Creates the module; <paramref name="modules"/> holds the root and its inner modules.</summary>
    public ConcatenatedModule(string identifier, Module rootModule, IReadOnlyCollection<Module> modules, RuntimeSpec? runtime)
        : base(identifier, rootModule.Resource)
    {
        RootModule = rootModule;
        _modules = [.. modules];
        Runtime = runtime;
        ReadableName = rootModule.ReadableName + " + " + (modules.Count - 1) + " modules";
        long size = 0;
        foreach (var module in modules) size += module.Size;
        Size = size;
    }

    /// <summary>The module whose place and exports this one takes.</summary>
    public Module RootModule { get; }

    /// <summary>The modules merged (the root among them).</summary>
    public IReadOnlyCollection<Module> Modules => _modules;

    /// <inheritdoc />
    public override IReadOnlyCollection<Module>? MergedModules => _modules;

    /// <inheritdoc />
    public override Module? MergedRoot => RootModule;

    /// <summary>The runtimes the concatenation was planned for (null: all the root runs in).</summary>
    public RuntimeSpec? Runtime { get; }

    /// <summary>Whether <paramref name="module"/> is merged into this one.</summary>
    public bool Contains(Module module) => _modules.Contains(module);

    /// <inheritdoc />
    /// <remarks>webpack's: the declarations of every member as written; null when one member's are not known.</remarks>
    public override IReadOnlyCollection<string>? TopLevelDeclarations
    {
        get
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var module in _modules)
            {
                if (module.TopLevelDeclarations is not { } declared)
                    return null;
                names.UnionWith(declared);
            }
            return names;
        }
    }

    /// <inheritdoc />
    /// <remarks>webpack guesses the size from the modules merged.</remarks>
    public override long Size { get; }

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context) => [];

    /// <inheritdoc />
    public override ExportsType GetExportsType(bool strict) => RootModule.GetExportsType(strict);

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => RootModule.BuildExportsType;

    /// <inheritdoc />
    public override bool IsStrictEsm => RootModule.IsStrictEsm;

    /// <inheritdoc />
    public override string DeterministicName(string context) => RootModule.DeterministicName(context);

    /// <inheritdoc />
    public override string? NameForCondition => RootModule.NameForCondition;

    /// <inheritdoc />
    public override string? Layer => RootModule.Layer;

    /// <inheritdoc />
    public override string ModuleType => "javascript/esm";

    /// <inheritdoc />
    public override string Directory => RootModule.Directory;

    /// <inheritdoc />
    public override bool BuildSideEffectFree => RootModule.BuildSideEffectFree;

    /// <inheritdoc />
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) => "Module is already concatenated";

    /// <inheritdoc />
    public override bool GeneratesPerRuntime => true;

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => Generate(context, null);

    /// <inheritdoc />
    public override (int Line, int Column, string? CodeFrame) Locate(int offset) => RootModule.Locate(offset);

    /// <summary>webpack's _createIdentifier: the root's identifier and a hash of the merged modules' identifiers.</summary>
    public static string CreateIdentifier(Module rootModule, IEnumerable<Module> modules, string context, Core.Options.OutputOptions output)
    {
        var identifiers = new List<string>();
        foreach (var module in modules)
            identifiers.Add(RequestShortener.FullModuleName(module.Identifier, context));
        identifiers.Sort(StringComparer.Ordinal);
        return rootModule.Identifier + "|" + Core.Hashing.Hash.ShortHex(output, string.Join(" ", identifiers), 32);
    }
}
