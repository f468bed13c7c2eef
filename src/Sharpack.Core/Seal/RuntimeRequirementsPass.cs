// runtime requirements: modules → chunks → runtime chunk, then the runtime modules that
// implement the required globals, repeated until none requires anything new.

using Sharpack.Core.Runtime;

namespace Sharpack.Core.Seal;

internal static class RuntimeRequirementsPass
{
    public static void Run(Compilation compilation)
    {
        foreach (var chunk in compilation.Chunks)
        {
            var requirements = RuntimeGlobals.Require;
            foreach (var module in chunk.Modules)
            {
                if (compilation.CodeGenerationResults.TryGetValue(module, out var result))
                    requirements |= result.RuntimeRequirements;
            }
            chunk.RuntimeModules.AddRange(compilation.Compiler.RuntimeModules.Resolve(ref requirements));
            chunk.RuntimeRequirements = requirements;
        }
    }
}
