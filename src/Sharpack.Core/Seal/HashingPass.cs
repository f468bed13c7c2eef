// hashing: the full hash of the compilation, from every module's id and generated code and the
// runtime each chunk carries (its modules' code), so [fullhash] and __webpack_hash__ change
// exactly when output does.

using Sharpack.Core.Hashing;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class HashingPass
{
    public static void Run(Compilation compilation)
    {
        var modules = new List<Module>(compilation.CodeGenerationResults.Keys);
        modules.Sort((a, b) => ModuleIdsPass.CompareIds(a.Id, b.Id));
        // PERF: each module's code is hashed on its own, in parallel (35 MB of source and edits on
        // synthetic 10,000); the full hash folds those hashes in id order.
        var moduleHashes = new ulong[modules.Count];
        Parallel.For(0, modules.Count, () => new XxHash64(), (i, _, moduleHash) =>
        {
            moduleHash.Reset();
            compilation.CodeGenerationResults[modules[i]].Source.UpdateHash(moduleHash);
            moduleHashes[i] = moduleHash.GetCurrentHashAsUInt64();
            return moduleHash;
        }, _ => { });
        var hash = new XxHash64();
        Span<byte> digest = stackalloc byte[sizeof(ulong)];
        for (var i = 0; i < modules.Count; i++)
        {
            hash.Append(modules[i].Id);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(digest, moduleHashes[i]);
            hash.Append(digest);
        }
        // The runtime is part of what is rendered: a change of output.publicPath, the chunk
        // loading global or the timeout must change [fullhash] too. Runtime modules whose code
        // depends on hashing itself count by name, with the templates that name the files.
        hash.Append(compilation.Options.Output.Filename);
        hash.Append(compilation.Options.Output.ChunkFilename);
        foreach (var chunk in compilation.Chunks)
        {
            hash.Append(chunk.Id);
            var context = chunk.RuntimeModules.Count > 0 ? new Runtime.RuntimeTemplateContext(compilation.Options, "", chunk) : null;
            foreach (var runtimeModule in chunk.RuntimeModules)
            {
                hash.Append(runtimeModule.Name);
                if (!runtimeModule.DependsOnHashes)
                    hash.Append(runtimeModule.Generate(context!));
            }
        }
        compilation.FullHash = hash.GetHexDigest();
    }
}
