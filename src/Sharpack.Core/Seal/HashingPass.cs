// hashing: follows webpack's Compilation.createHash. Each module's hash is its id and generated
// code; each chunk's hash is its id, its modules' hashes, its runtime and what chunkHash taps add
// (chunks holding a runtime last: they name the other chunks' files); the full hash folds the
// module hashes, the chunk hashes and what fullHash taps add, so [fullhash], [chunkhash] and
// __webpack_hash__ change exactly when output does. Then contentHash taps hash each chunk's content.

using System.Buffers.Binary;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hashing;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class HashingPass
{
    public static void Run(Compilation compilation)
    {
        var results = compilation.CodeGenerationResults;
        var chunkGraph = compilation.ChunkGraph;
        var modules = new List<Module>(results.Keys);
        modules.Sort((a, b) => ModuleIdsPass.CompareIds(a.Id, b.Id));
        // PERF: each module's code is hashed on its own, in parallel (35 MB of source and edits on
        // synthetic 10,000); the full hash folds those hashes in id order.
        var moduleHashes = new ulong[modules.Count];
        Parallel.For(0, modules.Count, () => new XxHash64(), (i, _, moduleHash) =>
        {
            // PERF: code taken from the code generation cache was hashed with the same id last time.
            var single = results.Single(modules[i]);
            if (single is not null && single.TryGetHash(modules[i].Id, out var known))
            {
                moduleHashes[i] = known;
                return moduleHash;
            }
            moduleHash.Reset();
            moduleHash.Append(modules[i].Id);
            // A module generated per runtime hashes each of its codes.
            foreach (var result in results.AllFor(modules[i]))
            {
                result.Source.UpdateHash(moduleHash);
                // Definitions a library took over are still the module's code where it is wrapped.
                if (result.OnDemandExports is { } definitions)
                    moduleHash.Append(definitions);
                if (result.OnDemandExportBindings is { } bindings)
                    moduleHash.Append(bindings);
                if (result.OtherSources is { } others)
                {
                    foreach (var (type, other) in others)
                    {
                        moduleHash.Append(type);
                        other.UpdateHash(moduleHash);
                    }
                }
            }
            moduleHashes[i] = moduleHash.GetCurrentHashAsUInt64();
            single?.RememberHash(modules[i].Id, moduleHashes[i]);
            return moduleHash;
        }, _ => { });
        for (var i = 0; i < modules.Count; i++)
            chunkGraph.SetModuleHash(modules[i], moduleHashes[i]);

        var chunks = new List<Chunk>(compilation.Chunks.Count);
        foreach (var chunk in compilation.Chunks) if (!chunk.HasRuntime) chunks.Add(chunk);
        // A runtime names the files of the workers it starts: their runtime chunks are hashed first.
        var runtimeChunks = new HashSet<Chunk>();
        foreach (var chunk in compilation.Chunks) if (chunk.HasRuntime) StartedWorkersFirst.Add(chunk, chunks, runtimeChunks, static _ => true);
        Span<byte> digest = stackalloc byte[sizeof(ulong)];
        var digestLength = compilation.Options.Output.HashDigestLength;
        var ids = new List<(string Id, ulong Hash)>();
        foreach (var chunk in chunks)
        {
            // output.hashFunction and hashSalt from here on: these are the hashes filenames show.
            var chunkHash = compilation.CreateHash();
            chunkHash.Append(chunk.Id);
            chunkHash.Append(chunk.Name ?? "");
            ids.Clear();
            foreach (var module in chunk.Modules)
                ids.Add((module.Id, chunkGraph.ModuleHashValue(module)));
            ids.Sort(static (a, b) => ModuleIdsPass.CompareIds(a.Id, b.Id));
            foreach (var (_, hash) in ids)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(digest, hash);
                chunkHash.Append(digest);
            }
            foreach (var entry in chunk.EntryModules)
                chunkHash.Append(entry.Id);
            if (chunk.HasRuntime)
                AppendRuntime(compilation, chunk, chunkHash);
            compilation.Hooks.ChunkHash.Call(chunk, chunkHash);
            chunk.Hash = compilation.DigestOf(chunkHash);
            chunk.RenderedHash = Cut(chunk.Hash, digestLength);
        }

        var full = compilation.CreateHash();
        // Each module's hash covers its id and code.
        foreach (var moduleHash in moduleHashes)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(digest, moduleHash);
            full.Append(digest);
        }
        // The templates name the files; a chunk's hash covers the rest of what it renders.
        full.Append(compilation.Options.Output.Filename);
        full.Append(compilation.Options.Output.ChunkFilename);
        foreach (var chunk in chunks)
            full.Append(chunk.Hash!);
        compilation.Hooks.FullHash.Call(full);
        compilation.FullHash = compilation.DigestOf(full);
        compilation.Hash = Cut(compilation.FullHash, digestLength);
        foreach (var chunk in chunks)
            compilation.Hooks.ContentHash.Call(chunk);
    }

    private static string Cut(string hash, int length) => hash.Length > length ? hash[..length] : hash;

    // The runtime is part of what a runtime chunk renders: a change of output.publicPath, the chunk
    // loading global or the timeout must change its hash. Runtime modules whose code depends on
    // hashing itself (the chunk filename map) count by name and by the hashes of the chunks they name.
    private static void AppendRuntime(Compilation compilation, Chunk chunk, Hash hash)
    {
        var context = chunk.RuntimeModules.Count > 0 ? new Runtime.RuntimeTemplateContext(compilation.Options, "", chunk) : null;
        var dependsOnHashes = false;
        foreach (var runtimeModule in chunk.RuntimeModules)
        {
            hash.Append(runtimeModule.Name);
            if (runtimeModule.DependsOnHashes)
                dependsOnHashes = true;
            else
                hash.Append(runtimeModule.Generate(context!));
        }
        if (!dependsOnHashes)
            return;
        foreach (var other in chunk.AllReferencedChunks())
        {
            if (other != chunk && other.Hash is { } otherHash)
                hash.Append(otherHash);
        }
        foreach (var entrypoint in chunk.AllReferencedAsyncEntrypoints())
        {
            foreach (var other in entrypoint.Chunks)
            {
                if (other != chunk && other.Hash is { } otherHash)
                    hash.Append(otherHash);
            }
        }
    }
}
