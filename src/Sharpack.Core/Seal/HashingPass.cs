// hashing: the full hash of the compilation, from every module's id and generated code and the
// runtime each chunk carries, so [fullhash] and __webpack_hash__ change exactly when output does.

using Sharpack.Core.Hashing;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class HashingPass
{
    public static void Run(Compilation compilation)
    {
        var hash = new XxHash64();
        var modules = new List<Module>(compilation.CodeGenerationResults.Keys);
        modules.Sort((a, b) => ModuleIdsPass.CompareIds(a.Id, b.Id));
        foreach (var module in modules)
        {
            hash.Append(module.Id);
            compilation.CodeGenerationResults[module].Source.UpdateHash(hash);
        }
        foreach (var chunk in compilation.Chunks)
        {
            hash.Append(chunk.Id);
            foreach (var runtimeModule in chunk.RuntimeModules)
                hash.Append(runtimeModule.Name);
        }
        compilation.FullHash = hash.GetHexDigest();
    }
}
