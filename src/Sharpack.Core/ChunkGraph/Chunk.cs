// A chunk: a set of modules emitted together as one file, with the runtime it needs.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.ChunkGraph;

/// <summary>A chunk of the chunk graph.</summary>
public sealed class Chunk(string? name)
{
    /// <summary>The chunk's name (the entry's name for an entry chunk), or null.</summary>
    public string? Name { get; } = name;

    /// <summary>The id written into the output.</summary>
    public string Id { get; internal set; } = "";

    /// <summary>Modules in the chunk, ordered by module id.</summary>
    public List<Module> Modules { get; } = [];

    /// <summary>Modules the chunk's startup requires, in entry order.</summary>
    public List<Module> EntryModules { get; } = [];

    /// <summary>True for a chunk that starts an entry (it carries the runtime).</summary>
    public bool IsEntry => EntryModules.Count > 0;

    /// <summary>Runtime globals this chunk's modules need (all of the runtime tree for a runtime chunk).</summary>
    public RuntimeGlobals RuntimeRequirements { get; internal set; }

    /// <summary>Runtime modules rendered into this chunk, by stage then name.</summary>
    public List<RuntimeModule> RuntimeModules { get; } = [];

    /// <summary>The files the chunk was written to.</summary>
    public List<string> Files { get; } = [];

    /// <summary>A filename template overriding output.filename (entry <c>filename</c>).</summary>
    public string? FilenameTemplate { get; internal set; }
}
