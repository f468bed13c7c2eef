// A benchmark of a Debug build measures the wrong thing: say so before measuring.

using System.Diagnostics;
using System.Reflection;

namespace Sharpack.Bench;

internal static class OptimizationCheck
{
    /// <summary>Warns on stderr for each assembly built without the JIT optimizer.</summary>
    public static void WarnIfNotOptimized(params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            if (assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
                Console.Error.WriteLine($"warning: {assembly.GetName().Name} was built without optimizations; run with -c Release");
        }
    }
}
