// Follows webpack lib/library/UmdLibraryPlugin.js (library types umd and umd2): the chunk is the
// factory of webpack's universal module definition, which hands the entry's exports to
// CommonJS 2 (module.exports), AMD (define, named with umdNamedDefine), CommonJS (exports[name])
// or the global object (root[name…]), each with the chunk's umd externals loaded its own way.
// umd2 passes optional externals (all imports in try blocks) as globals to the AMD factory
// instead of AMD dependencies.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Plugins.Externals;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary>The umd and umd2 library types.</summary>
/// <param name="type">The library type.</param>
/// <param name="optionalAmdExternalAsGlobal">True for umd2: optional externals come from the global object in AMD.</param>
public sealed class UmdLibraryPlugin(string type, bool optionalAmdExternalAsGlobal) : AbstractLibraryPlugin("UmdLibraryPlugin", type)
{
    /// <inheritdoc />
    protected override bool HasRender => true;

    /// <inheritdoc />
    protected override Source Render(Source source, Chunk chunk, ChunkRenderContext context, LibraryOptions library)
    {
        var graph = context.Generation.Graph;
        var output = context.Generation.Options.Output;
        var externals = ChunkExternals(chunk, "umd", "umd2");
        var optionalExternals = new List<ExternalModule>();
        List<ExternalModule> requiredExternals;
        if (optionalAmdExternalAsGlobal)
        {
            requiredExternals = [];
            foreach (var external in externals)
                (external.IsOptional(graph) ? optionalExternals : requiredExternals).Add(external);
            externals = [.. requiredExternals, .. optionalExternals];
        }
        else
        {
            requiredExternals = externals;
        }

        // The names per module system: an object name's own, else the one name for each.
        var name = library.Name;
        IReadOnlyList<string>? rootName;
        string? amdName;
        string? commonjsName;
        if (name is { IsObject: true })
        {
            rootName = name.Root;
            amdName = name.Amd;
            commonjsName = name.Commonjs;
        }
        else
        {
            rootName = name?.Parts;
            amdName = name?.Parts?[0];
            commonjsName = name?.Parts?[0];
        }

        string Replace(string text) => ResolveName(text, chunk);
        string DepsArray(List<ExternalModule> modules)
        {
            var builder = new StringBuilder("[");
            for (var i = 0; i < modules.Count; i++)
            {
                if (i > 0) builder.Append(", ");
                builder.Append(modules[i].RequestJson("amd"));
            }
            return Replace(builder.Append(']').ToString());
        }
        string RootArray(List<ExternalModule> modules)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < modules.Count; i++)
            {
                if (i > 0) builder.Append(", ");
                builder.Append("root").Append(ObjectAccess(modules[i].RequestFor("root") ?? []));
            }
            return Replace(builder.ToString());
        }
        string RequireArray(string branch)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < externals.Count; i++)
            {
                if (i > 0) builder.Append(", ");
                var request = externals[i].RequestFor(branch) ?? [];
                var expression = "require(" + CodeGenerationContext.JsonString(request.Count > 0 ? request[0] : "") + ")" + ObjectAccess(request, 1);
                if (externals[i].IsOptional(graph))
                    expression = "(function webpackLoadOptionalExternalModule() { try { return " + expression + "; } catch(e) {} }())";
                builder.Append(expression);
            }
            return Replace(builder.ToString());
        }
        static string Arguments(List<ExternalModule> modules)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < modules.Count; i++)
            {
                if (i > 0) builder.Append(", ");
                builder.Append(ExternalVariable(modules[i]));
            }
            return builder.ToString();
        }
        string LibraryName(IReadOnlyList<string> names) => CodeGenerationContext.JsonString(Replace(names[^1]));

        string amdFactory;
        if (optionalExternals.Count > 0)
        {
            var wrapperArguments = Arguments(requiredExternals);
            var factoryArguments = requiredExternals.Count > 0 ? Arguments(requiredExternals) + ", " + RootArray(optionalExternals) : RootArray(optionalExternals);
            amdFactory = "function webpackLoadOptionalExternalModuleAmd(" + wrapperArguments + ") {\n\t\t\treturn factory(" + factoryArguments + ");\n\t\t}";
        }
        else
        {
            amdFactory = "factory";
        }
        string DefineCall(string defineFunction)
        {
            var deps = requiredExternals.Count > 0 ? DepsArray(requiredExternals) : "[]";
            return amdName is not null && library.UmdNamedDefine
                ? "\t\t" + defineFunction + "(" + LibraryName([amdName]) + ", " + deps + ", " + amdFactory + ");\n"
                : "\t\t" + defineFunction + "(" + deps + ", " + amdFactory + ");\n";
        }
        string Comment(string branch) => library.AuxiliaryComment?.For(branch) is { Length: > 0 } text ? "\t//" + text + "\n" : "";

        var head = new StringBuilder();
        head.Append("(function webpackUniversalModuleDefinition(root, factory) {\n").Append(Comment("commonjs2"))
            .Append("\tif(typeof exports === 'object' && typeof module === 'object')\n")
            .Append("\t\tmodule.exports = factory(").Append(RequireArray("commonjs2")).Append(");\n").Append(Comment("amd"))
            .Append("\telse if(typeof define === 'function' && define.amd)\n").Append(DefineCall("define"));
        if (library.UmdAmdContainer is { } container)
            head.Append("\telse if(").Append(AmdContainerCondition(container)).Append(")\n").Append(DefineCall(container + ".define"));
        var rootOrCommonjs = rootName ?? (commonjsName is null ? null : [commonjsName]);
        if (rootOrCommonjs is not null)
        {
            head.Append(Comment("commonjs")).Append("\telse if(typeof exports === 'object')\n")
                .Append("\t\texports[").Append(LibraryName(commonjsName is not null ? [commonjsName] : rootOrCommonjs)).Append("] = factory(").Append(RequireArray("commonjs")).Append(");\n")
                .Append(Comment("root")).Append("\telse\n")
                .Append("\t\t").Append(Replace(AccessorAccess("root", rootName ?? rootOrCommonjs))).Append(" = factory(").Append(RootArray(externals)).Append(");\n");
        }
        else
        {
            head.Append("\telse {\n");
            head.Append(externals.Count > 0
                ? "\t\tvar a = typeof exports === 'object' ? factory(" + RequireArray("commonjs") + ") : factory(" + RootArray(externals) + ");\n"
                : "\t\tvar a = factory();\n");
            head.Append("\t\tfor(var i in a) (typeof exports === 'object' ? exports : root)[i] = a[i];\n\t}\n");
        }
        head.Append("})(").Append(output.GlobalObject).Append(", ")
            .Append(output.Environment.ArrowFunction ? "(" + Arguments(externals) + ") =>" : "function(" + Arguments(externals) + ")")
            .Append(" {\nreturn ");
        return new ConcatSource(new RawSource(head.ToString()), source, new RawSource(";\n})"));
    }

    // webpack's accessorToObjectAccess: ["a"]["b"] for the parts from start.
    private static string ObjectAccess(IReadOnlyList<string> parts, int start = 0)
    {
        var builder = new StringBuilder();
        for (var i = start; i < parts.Count; i++)
            builder.Append('[').Append(CodeGenerationContext.JsonString(parts[i])).Append(']');
        return builder.ToString();
    }

    // webpack's accessorAccess with a base: each level created when missing, the last assigned.
    private static string AccessorAccess(string baseName, IReadOnlyList<string> accessor)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < accessor.Count; i++)
        {
            if (i > 0) builder.Append(", ");
            var access = baseName + ObjectAccess(Slice(accessor, i + 1));
            builder.Append(access);
            if (i < accessor.Count - 1)
                builder.Append(" = ").Append(access).Append(" || {}");
        }
        return builder.ToString();
    }

    private static List<string> Slice(IReadOnlyList<string> list, int count)
    {
        var slice = new List<string>(count);
        for (var i = 0; i < count; i++) slice.Add(list[i]);
        return slice;
    }

    // webpack's amdContainerCondition: the container and its define exist.
    private static string AmdContainerCondition(string container)
    {
        var path = container.Split('.');
        var conditions = new List<string> { $"typeof {path[0]} !== 'undefined'" };
        for (var i = 1; i < path.Length; i++)
            conditions.Add(string.Join(".", path, 0, i + 1));
        conditions.Add($"typeof {container}.define === 'function'");
        return string.Join(" && ", conditions);
    }
}
