// Follows webpack lib/ChunkGraph.js's API over the compilation's chunks: which modules a chunk
// holds, which chunks hold a module, entry modules. Plugins on optimizeChunks move modules with
// ConnectChunkAndModule / DisconnectChunkAndModule; each module counts its chunks (for
// __webpack_is_included__ and for finding modules no chunk holds).

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.ChunkGraph;

/// <summary>Chunk ↔ module membership and entry modules, with webpack's method names.</summary>
public sealed class ChunkGraph(Compilation compilation)
{
    /// <summary>Puts <paramref name="module"/> in <paramref name="chunk"/> (nothing when it is there).</summary>
    public void ConnectChunkAndModule(Chunk chunk, Module module)
    {
        if (chunk.Modules.Contains(module))
            return;
        chunk.Modules.Add(module);
        module.ChunkCount++;
    }

    /// <summary>Takes <paramref name="module"/> out of <paramref name="chunk"/>; returns whether it was there.</summary>
    public bool DisconnectChunkAndModule(Chunk chunk, Module module)
    {
        if (!chunk.Modules.Remove(module))
            return false;
        module.ChunkCount--;
        return true;
    }

    /// <summary>The id <paramref name="module"/> is written with, or null before the module ids are assigned.</summary>
    public string? GetModuleId(Module module) => module.Id.Length == 0 ? null : module.Id;

    /// <summary>Sets the id <paramref name="module"/> is written with (for plugins on the moduleIds hook).</summary>
    public void SetModuleId(Module module, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        module.Id = id;
    }

    /// <summary>Whether <paramref name="chunk"/> holds <paramref name="module"/>.</summary>
    public bool IsModuleInChunk(Module module, Chunk chunk) => chunk.Modules.Contains(module);

    /// <summary>The modules of <paramref name="chunk"/>.</summary>
    public IReadOnlyList<Module> GetChunkModules(Chunk chunk) => chunk.Modules;

    /// <summary>How many modules <paramref name="chunk"/> holds.</summary>
    public int GetNumberOfChunkModules(Chunk chunk) => chunk.Modules.Count;

    /// <summary>The chunks holding <paramref name="module"/>, in chunk order.</summary>
    public IReadOnlyList<Chunk> GetModuleChunks(Module module)
    {
        var result = new List<Chunk>();
        if (module.ChunkCount == 0)
            return result;
        foreach (var chunk in compilation.Chunks)
        {
            if (chunk.Modules.Contains(module))
                result.Add(chunk);
        }
        return result;
    }

    /// <summary>How many chunks hold <paramref name="module"/>.</summary>
    public int GetNumberOfModuleChunks(Module module) => module.ChunkCount;

    /// <summary>The entry modules <paramref name="chunk"/> starts.</summary>
    public IReadOnlyList<Module> GetChunkEntryModules(Chunk chunk) => chunk.EntryModules;

    /// <summary>How many entry modules <paramref name="chunk"/> starts.</summary>
    public int GetNumberOfEntryModules(Chunk chunk) => chunk.EntryModules.Count;

    /// <summary>Whether <paramref name="chunk"/> starts <paramref name="module"/>.</summary>
    public bool IsEntryModuleInChunk(Module module, Chunk chunk) => chunk.EntryModules.Contains(module);

    /// <summary>The runtime modules rendered into <paramref name="chunk"/> (known after runtime requirements).</summary>
    public IReadOnlyList<Runtime.RuntimeModule> GetChunkRuntimeModules(Chunk chunk) => chunk.RuntimeModules;
}
