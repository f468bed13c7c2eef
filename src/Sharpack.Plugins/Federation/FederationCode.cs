// webpack's RuntimeTemplate helpers Module Federation's modules write their code with: functions
// in the output's syntax, a module's require (moduleRaw), and the factories a share scope holds
// (syncModuleFactory, asyncModuleFactory), and JSON as webpack's JSON.stringify(value, null, "\t").

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Federation;

/// <summary>Code snippets of Module Federation's modules.</summary>
internal static class FederationCode
{
    /// <summary><c>() =&gt; (expression)</c>, or a function where arrows are not supported.</summary>
    public static string Returning(CodeGenerationContext context, string expression, string parameters = "") =>
        FunctionSyntax.Returning(expression, context.Options.Output.Environment.ArrowFunction, parameters);

    /// <summary><c>(parameters) =&gt; {\n body \n}</c> (webpack's basicFunction).</summary>
    public static string Basic(CodeGenerationContext context, string parameters, IEnumerable<string> body)
    {
        var builder = new StringBuilder(FunctionSyntax.Head(parameters, context.Options.Output.Environment.ArrowFunction)).Append("{\n");
        foreach (var line in body)
            builder.Append(Indent(line)).Append('\n');
        return builder.Append('}').ToString();
    }

    /// <summary>Each line of <paramref name="code"/> one tab in (empty lines stay empty).</summary>
    public static string Indent(string code)
    {
        var builder = new StringBuilder();
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                builder.Append('\n');
            if (lines[i].Length > 0)
                builder.Append('\t').Append(lines[i]);
        }
        return builder.ToString();
    }

    /// <summary>webpack's moduleRaw: <c>__webpack_require__(/*! request */ id)</c>, or code that throws where the module is missing.</summary>
    public static string ModuleRaw(TemplateContext template, Module? module, string request)
    {
        if (module is null)
            return MissingModuleCode.Expression(request);
        template.RuntimeRequirements |= RuntimeGlobals.Require;
        return "__webpack_require__(" + template.RequestComment(request) + template.ModuleIdLiteral(module) + ")";
    }

    /// <summary>webpack's syncModuleFactory: <c>() =&gt; (() =&gt; (require))</c>.</summary>
    public static string SyncModuleFactory(TemplateContext template, Dependency dependency, string request)
    {
        var factory = Returning(template.Generation, ModuleRaw(template, template.Generation.Graph.GetModule(dependency), request));
        return Returning(template.Generation, factory);
    }

    /// <summary>webpack's asyncModuleFactory: a function whose promise loads the block's chunks, then gives the module's factory.</summary>
    public static string AsyncModuleFactory(TemplateContext template, AsyncDependenciesBlock block, string request)
    {
        var module = block.Dependencies.Count > 0 ? template.Generation.Graph.GetModule(block.Dependencies[0]) : null;
        var ensureChunk = template.BlockPromise(block, "");
        var factory = Returning(template.Generation, ModuleRaw(template, module, request));
        return Returning(template.Generation, ensureChunk.StartsWith("Promise.resolve(", StringComparison.Ordinal)
            ? factory
            : ensureChunk + ".then(" + Returning(template.Generation, factory) + ")");
    }

    /// <summary>
    /// Adds the dependency on a shared module's own copy to <paramref name="module"/>: directly where it
    /// is <paramref name="eager"/> (in the same chunk), else in a block of its own (loaded on demand).
    /// </summary>
    public static void AddModuleDependency(Module module, Dependency dependency, string request, bool eager)
    {
        if (!eager)
        {
            var block = new AsyncDependenciesBlock(new Core.ChunkGraph.ChunkGroupOptions(null), request, 0);
            dependency.Block = block;
            block.Dependencies.Add(dependency);
            module.Blocks.Add(block);
        }
        module.Dependencies.Add(dependency);
    }

    /// <summary>
    /// The sharing runtimes' <c>warn</c>: writes to the console, or nothing with <c>output.ignoreBrowserWarnings</c>;
    /// its body lines start with <paramref name="indent"/> (where the template declares it).
    /// </summary>
    public static string WarnFunction(Core.Options.OutputOptions output, string indent) => output.IgnoreBrowserWarnings
        ? "() => {}"
        : "(msg) => {\n" + indent + "\tif (typeof console !== \"undefined\" && console.warn) console.warn(msg);\n" + indent + "}";

    /// <summary>A template context for code a module writes itself (not edits of a parsed source).</summary>
    public static TemplateContext Template(Module module, CodeGenerationContext context, RuntimeSpec? runtime = null) =>
        new(module, new Sharpack.Sources.ReplaceSource(new Sharpack.Sources.RawSource("")), context, runtime);

    /// <summary>A JSON object of arrays of ids, tab-indented as JSON.stringify(value, null, "\t") writes it.</summary>
    public static string JsonObjectOfLists(IReadOnlyList<(string Key, IReadOnlyList<string> Literals)> entries)
    {
        if (entries.Count == 0)
            return "{}";
        var builder = new StringBuilder("{\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, literals) = entries[i];
            builder.Append('\t').Append(CodeGenerationContext.JsonString(key)).Append(": ");
            if (literals.Count == 0)
            {
                builder.Append("[]");
            }
            else
            {
                builder.Append("[\n");
                for (var j = 0; j < literals.Count; j++)
                    builder.Append("\t\t").Append(literals[j]).Append(j + 1 < literals.Count ? ",\n" : "\n");
                builder.Append("\t]");
            }
            builder.Append(i + 1 < entries.Count ? ",\n" : "\n");
        }
        return builder.Append('}').ToString();
    }

    /// <summary>A module id as a JSON value: a number where it is numeric, else a string.</summary>
    public static string IdJson(string id) => CodeGenerationContext.IdLiteral(id);
}

/// <summary>
/// One piece of a share scope's initialization (webpack's <c>share-init</c> code generation data): code
/// the sharing runtime runs when <see cref="ShareScope"/> is initialized, by ascending stage.
/// </summary>
/// <param name="ShareScope">The share scope's name.</param>
/// <param name="InitStage">When it runs: 10 registers provided modules, 20 initializes remote containers.</param>
/// <param name="Init">The code.</param>
public sealed record ShareInit(string ShareScope, int InitStage, string Init)
{
    /// <summary>The code generation data key.</summary>
    public const string DataKey = "share-init";
}
