// What makes a context an import.meta.glob (webpack's ImportMetaGlobDependency options): its
// patterns as written, the folder relative ones start from, the one export each match stands for
// (`import: "default"`), and whether dot folders and node_modules are searched by wildcards.

namespace Sharpack.Core.ModuleGraph;

/// <summary>The glob of an <c>import.meta.glob</c> context.</summary>
/// <param name="Patterns">The patterns (<c>!</c> for those leaving files out), relative ones against <paramref name="RequestContext"/>.</param>
/// <param name="RequestContext">The folder relative patterns start from: the importer's, or the <c>base</c> option's.</param>
/// <param name="RootContext">The project root a pattern starting with "/" is under (the compiler's context).</param>
/// <param name="ImportName">The export each match stands for (<c>import</c> option), or null for its namespace.</param>
/// <param name="Exhaustive">Wildcards enter dot folders and node_modules too.</param>
/// <param name="CaseSensitive">Patterns match case-sensitively.</param>
public sealed record GlobContextOptions(IReadOnlyList<string> Patterns, string RequestContext, string RootContext,
    string? ImportName, bool Exhaustive, bool CaseSensitive)
{
    /// <summary>The glob's part of a context's identifier (webpack's ContextModule identifier fields).</summary>
    public string Key =>
        "|patterns: " + string.Join(", ", Patterns) + "|requestContext: " + RequestContext
        + (ImportName is null ? "" : "|referencedExports: [[\"" + ImportName + "\"]]|import: " + ImportName)
        + (Exhaustive ? "|exhaustive" : "") + (CaseSensitive ? "" : "|case-insensitive");

    /// <summary>The glob's part of a context's readable name and library identifier.</summary>
    public string ReadableText =>
        " patterns: " + string.Join(", ", Patterns) + " requestContext: " + RequestContext
        + (Exhaustive ? " exhaustive" : "") + (CaseSensitive ? "" : " case-insensitive")
        + (ImportName is null ? "" : " referencedExports: " + ImportName);
}
