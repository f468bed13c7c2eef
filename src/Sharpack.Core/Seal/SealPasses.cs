// The seal passes, in order. Each pass is one file; this list is the only place that says
// what runs when (webpack's Compilation.seal, Rspack's run_passes.rs).

namespace Sharpack.Core.Seal;

internal static class SealPasses
{
    public static void Run(Compilation compilation)
    {
        AsyncModulesPass.Run(compilation);
        BuildChunkGraphPass.Run(compilation);
        ModuleIdsPass.Run(compilation);
        ChunkIdsPass.Run(compilation);
        CodeGenerationPass.Run(compilation);
        RuntimeRequirementsPass.Run(compilation);
        HashingPass.Run(compilation);
        CreateChunkAssetsPass.Run(compilation);
    }
}
