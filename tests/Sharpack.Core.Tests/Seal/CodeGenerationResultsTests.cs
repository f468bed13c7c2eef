// The code generation artifact answers per module and runtime as webpack's
// CodeGenerationResults does: a module's only result for any runtime it covers, one result per
// runtime when there are several, and an error (never a wrong result) when none or which is unclear.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Core.Tests.Seal;

public class CodeGenerationResultsTests
{
    private static CodeGenerationResult Result(string code) => new(new RawSource(code), default);

    private static Module NewModule(string name) => new IgnoredModule("/app", name);

    [Fact]
    public void One_result_answers_for_every_runtime_it_covers()
    {
        var results = new CodeGenerationResults();
        var module = NewModule("a");
        var both = RuntimeSpec.Of(["main", "other"]);
        results.Add(module, both, Result("a"));
        Assert.Same(results.Get(module, null), results.Get(module, RuntimeSpec.Of("main")));
        Assert.Same(results[module], results.Get(module, both));
        Assert.False(results.TryGet(module, RuntimeSpec.Of("third"), out _));
        Assert.Equal(1, results.CountFor(module));
    }

    [Fact]
    public void Several_results_answer_per_runtime_and_refuse_an_ambiguous_question()
    {
        var results = new CodeGenerationResults();
        var module = NewModule("a");
        results.Add(module, RuntimeSpec.Of("main"), Result("main"));
        results.Add(module, RuntimeSpec.Of("other"), Result("other"));
        Assert.Equal("main", results.Get(module, RuntimeSpec.Of("main")).Source.GetText());
        Assert.Equal("other", results.Get(module, RuntimeSpec.Of("other")).Source.GetText());
        Assert.Throws<InvalidOperationException>(() => results.Get(module, null));
        Assert.Throws<InvalidOperationException>(() => results.Add(module, RuntimeSpec.Of("main"), Result("again")));
        Assert.Throws<InvalidOperationException>(() => results.Get(NewModule("b"), null));
    }
}
