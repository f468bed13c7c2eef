// build chunk graph: one chunk per entry holding every module reachable from the entry's
// modules. (Async chunks per import() come with code splitting; until then import() is eager.)

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class BuildChunkGraphPass
{
    public static void Run(Compilation compilation)
    {
        foreach (var (name, dependencies) in compilation.EntryDependencies)
        {
            var chunk = new Chunk(name);
            foreach (var entry in compilation.Options.Entries)
            {
                if (entry.Name == name) chunk.FilenameTemplate = entry.Filename;
            }
            var seen = new HashSet<Module>();
            var stack = new Stack<Module>();
            foreach (var dependency in dependencies)
            {
                if (dependency.Target is null) continue;
                if (!chunk.EntryModules.Contains(dependency.Target))
                    chunk.EntryModules.Add(dependency.Target);
                if (seen.Add(dependency.Target)) stack.Push(dependency.Target);
            }
            while (stack.Count > 0)
            {
                var module = stack.Pop();
                chunk.Modules.Add(module);
                foreach (var dependency in module.Dependencies)
                {
                    if (dependency.Target is { } target && seen.Add(target))
                        stack.Push(target);
                }
            }
            compilation.Chunks.Add(chunk);
        }
    }
}
