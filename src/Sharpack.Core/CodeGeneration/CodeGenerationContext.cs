// Compilation-wide state for code generation: options, the graph, and how ids are written.

using Sharpack.Core.Options;

namespace Sharpack.Core.CodeGeneration;

/// <summary>Shared by all modules' code generation.</summary>
public sealed class CodeGenerationContext(SharpackOptions options, ModuleGraph.ModuleGraph graph)
{
    /// <summary>The build's options.</summary>
    public SharpackOptions Options { get; } = options;

    /// <summary>The module graph.</summary>
    public ModuleGraph.ModuleGraph Graph { get; } = graph;

    /// <summary>The compilation's chunk graph, where code depends on the chunks a module is in (a worker entry's <c>this</c>); null outside a compilation.</summary>
    public ChunkGraph.ChunkGraph? ChunkGraph { get; init; }

    /// <summary>
    /// Code generated to run at build time (a loader's this.importModule, webpack's
    /// chunkGraph.buildTimeExecution) rather than for the output: what only parses in an ES module
    /// (a native <c>import.meta</c>) takes its build-time form.
    /// </summary>
    public bool BuildTimeExecution { get; init; }

    /// <summary>
    /// The compilation's analyzable references (ES module output naming other files by literal, webpack's
    /// supportsAnalyzable); null where there are none, as in code run at build time.
    /// </summary>
    public AnalyzableReferences? Analyzable { get; init; }

    /// <summary>A module's id as it appears in the output: a string literal, or a number.</summary>
    public string ModuleIdLiteral(ModuleGraph.Module module) => IdLiteral(module.Id);

    /// <summary>The ids (as literals) of the chunks <paramref name="block"/> loads; empty when they are all available already.</summary>
    public static List<string> ChunkIdsOf(ModuleGraph.AsyncDependenciesBlock block)
    {
        var ids = new List<string>();
        if (block.Group is { } group)
        {
            foreach (var chunk in group.Chunks)
            {
                if (!chunk.HasRuntime) ids.Add(IdLiteral(chunk.Id));
            }
        }
        return ids;
    }

    /// <summary>An id as a JavaScript literal: numbers stay numbers, names become JSON strings.</summary>
    public static string IdLiteral(string id)
    {
        var numeric = id.Length > 0 && id.Length < 16;
        foreach (var c in id)
        {
            if (c is < '0' or > '9') { numeric = false; break; }
        }
        if (numeric && (id.Length == 1 || id[0] != '0'))
            return id;
        // A longer run of digits is a number when it is how JavaScript writes a number (webpack's
        // deterministic ids past 2^53, from DeterministicModuleIdsPlugin's maxLength).
        if (id.Length is >= 16 and <= 21 && id[0] != '0' && IsDigits(id)
            && Seal.DeterministicIds.JavaScriptIntegerText(double.Parse(id, System.Globalization.CultureInfo.InvariantCulture)) == id)
            return id;
        return JsonString(id);
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }

    /// <summary>A JSON string literal (valid JavaScript) for <paramref name="value"/>.</summary>
    public static string JsonString(string value)
    {
        // PERF: module ids, paths and export names rarely need escaping: one vectorized scan and
        // one concatenation.
        var span = value.AsSpan();
        if (!span.ContainsAnyExceptInRange(' ', '~') && !span.ContainsAny('"', '\\'))
            return string.Concat("\"", value, "\"");
        return JsonStringWriter.Literal(default, span, default);
    }
}
