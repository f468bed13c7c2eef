// Follows webpack lib/Dependency.js ExportsSpec / ExportSpec: what a dependency says its module
// exports. FlagDependencyExportsPlugin merges the specs of a module's dependencies into the
// module's ExportsInfo.

namespace Sharpack.Core.ModuleGraph;

/// <summary>The exports a dependency contributes to its module.</summary>
public sealed class ExportsSpec
{
    /// <summary>The exports by name; null when <see cref="Unknown"/> (webpack's <c>exports: true</c>).</summary>
    public IReadOnlyList<ExportSpec>? Exports { get; init; }

    /// <summary>Exports only the runtime knows (a dynamic re-export, <c>module.exports = x</c>).</summary>
    public bool Unknown => Exports is null;

    /// <summary>For unknown exports: names that are not among them.</summary>
    public IReadOnlySet<string>? ExcludeExports { get; init; }

    /// <summary>Names whose targets this dependency no longer sets (another star re-export provides them).</summary>
    public IReadOnlySet<string>? HideExports { get; init; }

    /// <summary>Whether the exports may be renamed; null leaves it to each export.</summary>
    public bool? CanMangle { get; init; }

    /// <summary>Whether the exports are bindings of this module (not re-exports).</summary>
    public bool TerminalBinding { get; init; }

    /// <summary>The connection the exports are re-exported from, or null.</summary>
    public ModuleGraphConnection? From { get; init; }

    /// <summary>Among several targets of one export, the highest priority wins.</summary>
    public int Priority { get; init; }

    /// <summary>Modules whose exports this spec depends on: when theirs change, this module is looked at again.</summary>
    public IReadOnlyList<Module>? Dependencies { get; init; }
}

/// <summary>One export of an <see cref="ExportsSpec"/>.</summary>
/// <param name="Name">The exported name.</param>
public sealed record ExportSpec(string Name)
{
    /// <summary>Whether this export may be renamed; null takes the spec's.</summary>
    public bool? CanMangle { get; init; }

    /// <summary>Whether this export is a binding of its module; null takes the spec's.</summary>
    public bool? TerminalBinding { get; init; }

    /// <summary>The connection it is re-exported from; null takes the spec's.</summary>
    public ModuleGraphConnection? From { get; init; }

    /// <summary>The export path in the <see cref="From"/> module (null: its namespace object); unset means <c>[Name]</c>.</summary>
    public IReadOnlyList<string>? Export { get; init; }

    /// <summary>True when <see cref="Export"/> was given (null included).</summary>
    public bool HasExport { get; init; }

    /// <summary>Exports of the export's value (nested: a JSON object's keys).</summary>
    public IReadOnlyList<ExportSpec>? Exports { get; init; }

    /// <summary>Priority among targets; null takes the spec's.</summary>
    public int? Priority { get; init; }

    /// <summary>The export is provided but its target is not set by this dependency.</summary>
    public bool Hidden { get; init; }

    /// <summary>The constant the export is bound to when it may be inlined (webpack's ExportSpec.inlined); null otherwise.</summary>
    public InlinedValue? Inlined { get; init; }

    /// <summary>The export is a function without side effects when called (webpack's ExportSpec.isPure).</summary>
    public bool IsPure { get; init; }
}
