// webpack's guard stack (JavascriptParser.walkGuardedBranch with HarmonyImportDependencyParserPlugin's
// collectGuards and HarmonyImportGuard.attachDependencyGuards): while a branch of an `if` or a
// `?:` whose test reads an imported binding is walked, the dependencies made in it are tagged with
// the test, so they can be found dead once the imports' values are known (inlined exports).

using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    private List<GuardFrame>? _guardStack;

    private sealed class GuardFrame(Node test, int dependencyStart, bool condition)
    {
        public readonly Node Test = test;
        public readonly int DependencyStart = dependencyStart;
        public readonly bool Condition = condition;
        public GuardFormula? Formula;
        public bool Built;
    }

    // webpack's collectGuards: where the test's dependencies start, or -1 when the test reads no
    // import (or inlining is off: then no guard can ever be known).
    private int GuardStart(Node test) =>
        Options.Optimization.InlineExports && ReadsImport(test) ? _result.Dependencies.Count : -1;

    // webpack's findImportSpecifier: a cheap scan of the test for a read of an import binding.
    private bool ReadsImport(Node node) => node switch
    {
        Identifier { Symbol: >= 0 } identifier => GetTag(identifier.Symbol) is { Tag: EsmImportParserPlugin.SpecifierTag },
        UnaryExpression unary => ReadsImport(unary.Argument),
        LogicalExpression logical => ReadsImport(logical.Left) || ReadsImport(logical.Right),
        MemberExpression member => ReadsImport(member.Object),
        _ => false,
    };

    // webpack's walkGuardedBranch.
    private void VisitGuarded(Node branch, Node test, int dependencyStart, bool condition)
    {
        if (dependencyStart < 0)
        {
            Visit(branch);
            return;
        }
        (_guardStack ??= []).Add(new GuardFrame(test, dependencyStart, condition));
        try
        {
            Visit(branch);
        }
        finally
        {
            _guardStack.RemoveAt(_guardStack.Count - 1);
        }
    }

    private void VisitConditionalBranches(ConditionalExpression conditional)
    {
        var start = GuardStart(conditional.Test);
        Visit(conditional.Test);
        VisitGuarded(conditional.Consequent, conditional.Test, start, condition: true);
        VisitGuarded(conditional.Alternate, conditional.Test, start, condition: false);
    }

    // webpack's attachDependencyGuards: the guards of the branches being walked.
    private void AttachGuards(IGuardedDependency dependency)
    {
        List<DependencyGuard>? guards = null;
        foreach (var frame in _guardStack!)
        {
            if (!frame.Built)
            {
                frame.Formula = LivenessFormula(frame);
                frame.Built = true;
            }
            if (frame.Formula is { } formula)
                (guards ??= []).Add(new DependencyGuard(formula, frame.Condition));
        }
        if (guards is not null)
            dependency.BranchGuards = guards;
    }

    // webpack's buildLivenessFormula: `!`, `&&`, `||` and `??` over reads of import bindings (the
    // specifier dependencies made while the test was walked, found by where they start).
    private GuardFormula? LivenessFormula(GuardFrame frame)
    {
        var reads = new Dictionary<int, EsmImportSpecifierDependency>();
        var dependencies = _result.Dependencies;
        for (var i = frame.DependencyStart; i < dependencies.Count; i++)
        {
            if (dependencies[i] is EsmImportSpecifierDependency read)
                reads.TryAdd(read.Start, read);
        }
        var hasAtom = false;
        GuardFormula Build(Node node)
        {
            switch (node)
            {
                case UnaryExpression { Operator: Operator.LogicalNot } not:
                    return new GuardNot(Build(not.Argument));
                case LogicalExpression logical:
                    return new GuardLogical(logical.Operator, Build(logical.Left), Build(logical.Right));
                default:
                    if (!reads.TryGetValue(node.Start, out var read))
                        return GuardFormula.Unknown;
                    hasAtom = true;
                    return new GuardAtom(read);
            }
        }
        var formula = Build(frame.Test);
        return hasAtom ? formula : null;
    }
}
