// Writes a parsed program as ESTree JSON for comparisons (with acorn, and between test262 twins).
// TEMPORARY: calls Sharpack.JavaScript's EstreeWriter through reflection, because the writer is
// being written on another branch; replace the body with a direct call once it is merged.

using System.Reflection;
using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>ESTree JSON of a program, as produced by the project's EstreeWriter.</summary>
internal static class EstreeJson
{
    private static readonly Lazy<Func<Program, string, bool, string>> s_write = new(Bind);

    /// <summary>The program as one line of ESTree JSON; without ranges, positions are left out.</summary>
    public static string Write(Program program, string source, bool includeRanges) =>
        s_write.Value(program, source, includeRanges);

    private static Func<Program, string, bool, string> Bind()
    {
        var type = typeof(Program).Assembly.GetType("Sharpack.JavaScript.Estree.EstreeWriter")
            ?? throw new InvalidOperationException("Sharpack.JavaScript.Estree.EstreeWriter is not there yet.");
        var method = type.GetMethod("Write", BindingFlags.Public | BindingFlags.Static,
            [typeof(Program), typeof(string), typeof(bool)])
            ?? throw new InvalidOperationException("EstreeWriter.Write(Program, string, bool) is not there.");
        return method.CreateDelegate<Func<Program, string, bool, string>>();
    }
}
