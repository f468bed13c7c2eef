// Follows webpack lib/dependencies/ConstDependency.js: replaces a range of the source with fixed
// code (a removed `export` keyword, `process.env.NODE_ENV`, `typeof require`, a define), and
// records the runtime globals the new code uses.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>A fixed replacement of a source range (or an insertion when the range is empty).</summary>
public sealed class ReplaceDependency(string code, RuntimeGlobals requirements = default) : Dependency
{
    /// <summary>The code that replaces the range.</summary>
    public string Code { get; } = code;

    /// <summary>
    /// The code in its place when the module runs at build time (webpack's BuildTimeConstDependency:
    /// a native <c>import.meta</c> does not parse there), or null for <see cref="Code"/>.
    /// </summary>
    public string? BuildTimeCode { get; init; }

    /// <summary>An insertion (Start = End) placed after the others at its position.</summary>
    public bool Late { get; init; }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        context.RuntimeRequirements |= requirements;
        Write(context, Start, End, Late, BuildTimeCode is { } buildTime && context.Generation.BuildTimeExecution ? buildTime : Code);
    }

    /// <summary>Writes <paramref name="code"/> over [start, end), or inserts it when the range is empty (after the others at that position when <paramref name="late"/>).</summary>
    internal static void Write(TemplateContext context, int start, int end, bool late, string code)
    {
        if (end == start && late)
            context.Source.InsertLate(start, code);
        else if (end == start)
            context.Source.Insert(start, code);
        else
            context.Source.Replace(start, end - 1, code);
    }
}
