// A runtime module: the code behind one runtime global, generated from a JavaScript template
// with a few values filled in. It may need further globals (e.g. .n needs .d).

namespace Sharpack.Core.Runtime;

/// <summary>A piece of webpack's runtime.</summary>
public abstract class RuntimeModule
{
    /// <summary>The name webpack prints for it, e.g. <c>webpack/runtime/define property getters</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Ordering: lower stages render first (webpack's stage normal = 0, attach = 10, trigger = 20).</summary>
    public virtual int Stage => 0;

    /// <summary>Other globals this runtime module uses.</summary>
    public virtual RuntimeGlobals Requires => RuntimeGlobals.None;

    /// <summary>The module's code.</summary>
    public abstract string Generate(RuntimeTemplateContext context);

    /// <summary>
    /// True when the code depends on what hashing itself produces (the full hash, or files named
    /// by content hashes): the full hash then covers the module's name and the options behind it,
    /// not its code (webpack's dependentHash runtime modules).
    /// </summary>
    public virtual bool DependsOnHashes => false;

    /// <summary>
    /// Whether the code gets a function scope of its own (webpack's shouldIsolate); when false it
    /// is complete statements ending in <c>;</c>, rendered in the runtime's scope.
    /// </summary>
    public virtual bool ShouldIsolate => true;
}

/// <summary>What a runtime module's template may depend on.</summary>
public sealed class RuntimeTemplateContext(Options.SharpackOptions options, string fullHash, ChunkGraph.Chunk? chunk = null)
{
    /// <summary>The (runtime) chunk the module is rendered into, or null outside a chunk.</summary>
    public ChunkGraph.Chunk? Chunk { get; } = chunk;

    /// <summary>The runtime runs at build time (a loader's this.importModule), in a chunk that no script loads.</summary>
    public bool BuildTimeExecution { get; init; }

    /// <summary>The build's options.</summary>
    public Options.SharpackOptions Options { get; } = options;

    /// <summary>The compilation's full hash.</summary>
    public string FullHash { get; } = fullHash;

    /// <summary>The compilation's analyzable references (ES module output naming files by literal); null where there are none.</summary>
    public CodeGeneration.AnalyzableReferences? Analyzable { get; init; }
}
