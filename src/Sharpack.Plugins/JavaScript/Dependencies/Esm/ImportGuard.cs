// Follows webpack lib/dependencies/HarmonyImportGuard.js (the liveness part): a dependency inside
// an `if`/`?:` branch whose test reads imported bindings carries the test as a formula over those
// reads. Once exports are inlined (optimization.inlineExports), a test that reads only inlined
// constants may be known: the branch is dead, and a require, an import binding read or an
// import() inside it needs nothing of its module, which then may leave the bundle.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>A branch test as a formula over imported bindings (webpack's GuardFormula).</summary>
public abstract record GuardFormula
{
    /// <summary>A test part not known from imports (webpack's ["?"]).</summary>
    public static GuardFormula Unknown { get; } = new UnknownGuard();

    private sealed record UnknownGuard : GuardFormula;
}

/// <summary>A read of an imported binding (webpack's ["v", dep]).</summary>
public sealed record GuardAtom(EsmImportSpecifierDependency Read) : GuardFormula;

/// <summary><c>!operand</c>.</summary>
public sealed record GuardNot(GuardFormula Operand) : GuardFormula;

/// <summary><c>left &amp;&amp; right</c>, <c>left || right</c> or <c>left ?? right</c>.</summary>
public sealed record GuardLogical(Sharpack.JavaScript.Ast.Operator Operator, GuardFormula Left, GuardFormula Right) : GuardFormula;

/// <summary>A branch the dependency is in: live only when <see cref="Formula"/> is <see cref="Value"/> (webpack's DependencyGuard).</summary>
public readonly record struct DependencyGuard(GuardFormula Formula, bool Value);

/// <summary>A dependency that may sit in a branch gated by imported constants.</summary>
public interface IGuardedDependency
{
    /// <summary>The branches it is in whose tests read imports; null when none.</summary>
    IReadOnlyList<DependencyGuard>? BranchGuards { get; set; }
}

/// <summary>Evaluates branch guards against inlined exports.</summary>
public static class ImportGuard
{
    private enum Tri : byte { Unknown, False, True }

    /// <summary>webpack's isDeadByGuards: whether a guard's test is known to be the opposite of its branch.</summary>
    public static bool IsDead(IReadOnlyList<DependencyGuard>? guards, ModuleGraph graph, RuntimeSpec? runtime)
    {
        if (guards is null)
            return false;
        foreach (var guard in guards)
        {
            var truthy = Evaluate(guard.Formula, graph, runtime).Truthy;
            if (truthy != Tri.Unknown && truthy != (guard.Value ? Tri.True : Tri.False))
                return true;
        }
        return false;
    }

    private static Tri Of(bool value) => value ? Tri.True : Tri.False;

    private static Tri Flip(Tri value) => value switch { Tri.True => Tri.False, Tri.False => Tri.True, _ => Tri.Unknown };

    // webpack's evalLivenessFormula: the test's truthiness and nullishness, each maybe unknown.
    private static (Tri Truthy, Tri Nullish) Evaluate(GuardFormula formula, ModuleGraph graph, RuntimeSpec? runtime)
    {
        switch (formula)
        {
            case GuardAtom { Read: var read }:
                {
                    // Only a bare inlined primitive is known.
                    if (read.ExportName is not { } name || read.MemberIds.Count > 0 || graph.GetModule(read) is not { } module
                        || graph.GetExportsInfo(module).GetInlined(name, runtime) is not { } value)
                    {
                        return (Tri.Unknown, Tri.Unknown);
                    }
                    var nullish = value.Kind is InlinedValueKind.Null or InlinedValueKind.Undefined;
                    return (Of(!nullish && value.Truthy), Of(nullish));
                }
            case GuardNot { Operand: var operand }:
                return (Flip(Evaluate(operand, graph, runtime).Truthy), Tri.False);
            case GuardLogical { Operator: var op, Left: var leftFormula, Right: var rightFormula }:
                {
                    var left = Evaluate(leftFormula, graph, runtime);
                    var right = Evaluate(rightFormula, graph, runtime);
                    var truthy = op switch
                    {
                        Sharpack.JavaScript.Ast.Operator.LogicalAnd => left.Truthy == Tri.False || right.Truthy == Tri.False ? Tri.False
                            : left.Truthy == Tri.True && right.Truthy == Tri.True ? Tri.True : Tri.Unknown,
                        Sharpack.JavaScript.Ast.Operator.LogicalOr => left.Truthy == Tri.True || right.Truthy == Tri.True ? Tri.True
                            : left.Truthy == Tri.False && right.Truthy == Tri.False ? Tri.False : Tri.Unknown,
                        // `l ?? r` is l when l is not nullish, else r.
                        _ => left.Nullish == Tri.False ? left.Truthy : left.Nullish == Tri.True ? right.Truthy
                            : left.Truthy == right.Truthy ? left.Truthy : Tri.Unknown,
                    };
                    return (truthy, Tri.Unknown);
                }
            default:
                return (Tri.Unknown, Tri.Unknown);
        }
    }
}
