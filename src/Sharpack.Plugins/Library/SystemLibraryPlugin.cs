// Follows webpack lib/library/SystemLibraryPlugin.js (library type system): the chunk is the
// execute function of a System.register call whose dependencies are the chunk's system
// externals; each dependency's setter copies what the chunk uses of it into the external's
// variable, and the runtime's value (the entry's exports) goes to the dynamic export function.

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary>The system library type.</summary>
/// <param name="type">The library type (<c>system</c>).</param>
public sealed class SystemLibraryPlugin(string type) : AbstractLibraryPlugin("SystemLibraryPlugin", type)
{
    /// <inheritdoc />
    protected override bool HasRender => true;

    /// <inheritdoc />
    /// <remarks>The runtime keeps the register call's context where the runtime has a require scope (webpack's systemContext).</remarks>
    protected override RuntimeGlobals RuntimeRequirements(Chunk chunk, RuntimeGlobals requirements, LibraryOptions library, Compilation compilation)
    {
        if (chunk.HasRuntime && requirements.HasAny(RuntimeGlobals.Require) && !chunk.RuntimeModules.Exists(static m => m is SystemContextRuntimeModule))
            compilation.AddRuntimeModule(chunk, new SystemContextRuntimeModule());
        return base.RuntimeRequirements(chunk, requirements, library, compilation);
    }

    /// <inheritdoc />
    protected override string? Validate(LibraryOptions library) =>
        library.Name is null or { IsArray: false, Parts: [_] } ? null : "System.js library name must be a simple string or unset. " + CommonLibraryNameMessage;

    /// <inheritdoc />
    protected override Source Render(Source source, Chunk chunk, ChunkRenderContext context, LibraryOptions library)
    {
        var graph = context.Generation.Graph;
        var externals = ChunkExternals(chunk, "system");
        var name = library.Name?.Parts is [var own] ? CodeGenerationContext.JsonString(ResolveName(own, chunk)) + ", " : "";
        var dependencies = new StringBuilder("[");
        var names = new List<string>(externals.Count);
        for (var i = 0; i < externals.Count; i++)
        {
            if (i > 0) dependencies.Append(',');
            dependencies.Append(externals[i].RequestJson("amd"));
            names.Add(ExternalVariable(externals[i]));
        }
        dependencies.Append(']');
        var declarations = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) declarations.Append('\n');
            declarations.Append("var ").Append(names[i]).Append(" = {};");
        }
        var initialization = new List<string>();
        var setters = new StringBuilder();
        if (externals.Count > 0)
        {
            setters.Append("setters: [\n");
            for (var i = 0; i < externals.Count; i++)
            {
                if (i > 0) setters.Append(",\n");
                var setter = Setter(externals[i], names[i], graph, chunk, initialization);
                setters.Append(Indent(setter, "\t"));
            }
            setters.Append("\n],");
        }
        var head = new StringBuilder();
        head.Append("System.register(").Append(name).Append(dependencies).Append(", function(__WEBPACK_DYNAMIC_EXPORT__, __system_context__) {\n");
        AppendIndented(head, declarations.ToString(), "\t");
        AppendIndented(head, string.Join("\n", initialization), "\t");
        head.Append("\treturn {\n");
        AppendIndented(head, setters.ToString(), "\t\t");
        head.Append("\t\texecute: function() {\n\t\t\t__WEBPACK_DYNAMIC_EXPORT__(\n");
        return new ConcatSource(new RawSource(head.ToString()), source, new RawSource("\n\t\t\t);\n\t\t}\n\t};\n})"));
    }

    // One dependency's setter: the used exports copied into its variable, or all of them.
    private static string Setter(Externals.ExternalModule module, string external, ModuleGraph graph, Chunk chunk, List<string> initialization)
    {
        var exportsInfo = graph.GetExportsInfo(module);
        var otherUnused = exportsInfo.OtherExportsInfo.GetUsed(chunk.Runtime) == UsageState.Unused;
        var instructions = new List<string>();
        var handled = new List<string>();
        foreach (var info in exportsInfo.OrderedExports)
        {
            if (info.Name is not { } exportName)
                continue;
            var used = info.GetUsedName(exportName, chunk.Runtime);
            if (used is not null)
            {
                if (otherUnused || used != exportName)
                {
                    instructions.Add(exportName == "default"
                        ? $"{external}{AssignLibraryPlugin.PropertyAccess([used], 0)} = module[\"default\"] || module;"
                        : $"{external}{AssignLibraryPlugin.PropertyAccess([used], 0)} = module{AssignLibraryPlugin.PropertyAccess([exportName], 0)};");
                    handled.Add(exportName);
                }
            }
            else
            {
                handled.Add(exportName);
            }
        }
        if (!otherUnused)
        {
            if (module.RequestPath.Count == 1)
                initialization.Add($"Object.defineProperty({external}, \"__esModule\", {{ value: true }});");
            instructions.Add($"{external}[\"default\"] = module[\"default\"] || module;");
            if (handled.Count > 0)
            {
                var handledName = external + "handledNames";
                initialization.Add($"var {handledName} = [{string.Join(",", handled.ConvertAll(CodeGenerationContext.JsonString))}];");
                instructions.Add($"Object.keys(module).forEach(function(key) {{\n\tif({handledName}.indexOf(key) >= 0)\n\t\t{external}[key] = module[key];\n}});");
            }
            else
            {
                instructions.Add($"Object.keys(module).forEach(function(key) {{\n\t{external}[key] = module[key];\n}});");
            }
        }
        if (instructions.Count == 0)
            return "function() {}";
        return "function(module) {\n" + Indent(string.Join("\n", instructions), "\t") + "\n}";
    }

    // webpack's Template.indent: every non-empty line prefixed.
    private static string Indent(string text, string prefix)
    {
        if (text.Length == 0)
            return "";
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
                lines[i] = prefix + lines[i];
        }
        return string.Join("\n", lines);
    }

    // webpack's Template.asString over indented parts: each part on its own line.
    private static void AppendIndented(StringBuilder builder, string text, string prefix) => builder.Append(Indent(text, prefix)).Append('\n');

    /// <inheritdoc />
    protected override void ChunkHash(Chunk chunk, Core.Hashing.Hash hash, LibraryOptions library, SharpackOptions options)
    {
        hash.Append("SystemLibraryPlugin");
        if (library.Name?.Parts is [var name])
            hash.Append(ResolveName(name, chunk));
    }
}
