// Follows webpack lib/dependencies/ConstDependency.js: replaces a range of the source with fixed
// code (a removed `export` keyword, `process.env.NODE_ENV`, `typeof require`, a define), and
// records the runtime globals the new code uses.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>A fixed replacement of a source range (or an insertion when the range is empty).</summary>
public sealed class ReplaceDependency(string code, RuntimeGlobals requirements = RuntimeGlobals.None) : Dependency
{
    /// <summary>The code that replaces the range.</summary>
    public string Code { get; } = code;

    /// <summary>An insertion (Start = End) placed after the others at its position.</summary>
    public bool Late { get; init; }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        context.RuntimeRequirements |= requirements;
        if (End == Start && Late)
            context.Source.InsertLate(Start, Code);
        else if (End == Start)
            context.Source.Insert(Start, Code);
        else
            context.Source.Replace(Start, End - 1, Code);
    }
}
