// Follows webpack lib/container/FallbackModule.js: a remote whose container has fallbacks requires
// each container in turn until one loads (a promise chain), failing with the last error.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Federation;

/// <summary>The first of several containers that loads.</summary>
public sealed class FallbackModule : Module
{
    private readonly string _context;

    /// <summary>The fallback over <paramref name="requests"/>, resolved from <paramref name="context"/>.</summary>
    public FallbackModule(IReadOnlyList<string> requests, string context)
        : base("fallback " + string.Join(" ", requests), context)
    {
        Requests = requests;
        _context = context;
        ReadableName = Identifier;
    }

    /// <summary>The containers' requests, in order.</summary>
    public IReadOnlyList<string> Requests { get; }

    /// <inheritdoc />
    public override string LibIdent => (Layer is { } layer ? "(" + layer + ")/" : "") + "webpack/container/fallback/" + Requests[0] + "/and " + (Requests.Count - 1) + " more";

    /// <inheritdoc />
    public override string DeterministicName(string context) => Identifier;

    /// <inheritdoc />
    public override string Directory => _context;

    /// <inheritdoc />
    public override long Size => (Requests.Count * 5) + 42;

    /// <inheritdoc />
    public override bool HasChunkCondition => true;

    /// <inheritdoc />
    public override bool ChunkCondition(Core.ChunkGraph.Chunk chunk) => chunk.EntryModules.Count > 0;

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context)
    {
        Dependencies.Clear();
        foreach (var request in Requests)
            Dependencies.Add(new FallbackItemDependency(request));
        return [];
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        var ids = new List<string>();
        foreach (var dependency in Dependencies)
            ids.Add(context.Graph.GetModule(dependency) is { Id.Length: > 0 } module ? FederationCode.IdJson(module.Id) : "null");
        var environment = context.Options.Output.Environment;
        var declaration = environment.Const ? "const" : "var";
        var let = environment.Let ? "let" : "var";
        var code = new StringBuilder();
        code.Append(declaration).Append(" ids = [").Append(string.Join(",", ids)).Append("];\n");
        code.Append(let).Append(" error, result, i = 0;\n");
        code.Append(declaration).Append(" loop = ").Append(FederationCode.Basic(context, "next", [
            "while(i < ids.length) {",
            "\ttry { next = __webpack_require__(ids[i++]); } catch(e) { return handleError(e); }",
            "\tif(next) return next.then ? next.then(handleResult, handleError) : handleResult(next);",
            "}",
            "if(error) throw error;",
        ])).Append('\n');
        code.Append(declaration).Append(" handleResult = ").Append(FederationCode.Basic(context, "result", ["if(result) return result;", "return loop();"])).Append(";\n");
        code.Append(declaration).Append(" handleError = ").Append(FederationCode.Basic(context, "e", ["error = e;", "return loop();"])).Append(";\n");
        code.Append("module.exports = loop();");
        return new CodeGenerationResult(new RawSource(code.ToString()), RuntimeGlobals.Module | RuntimeGlobals.Require);
    }
}
