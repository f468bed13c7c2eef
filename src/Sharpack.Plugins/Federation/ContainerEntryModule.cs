// Follows webpack lib/container/ContainerEntryModule.js: a container's entry exports get(name)
// (a promise of a factory of the exposed module, whose chunk it loads) and init(shareScope) (joins
// the host's share scope and initializes sharing in it). Each exposed name is an async block, so
// its modules are in a chunk of their own.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Sources;

namespace Sharpack.Plugins.Federation;

/// <summary>A Module Federation container's entry module.</summary>
public sealed class ContainerEntryModule : Module
{
    private static readonly string[] s_topLevelDeclarations = ["moduleMap", "get", "init"];
    private readonly ContainerEntryDependency _dependency;
    private readonly string _context;

    /// <summary>The entry module of <paramref name="dependency"/>'s container, its exposed requests resolved from <paramref name="context"/>.</summary>
    public ContainerEntryModule(ContainerEntryDependency dependency, string context)
        : base(IdentifierOf(dependency), context)
    {
        _dependency = dependency;
        _context = context;
        ReadableName = "container entry";
    }

    private static string IdentifierOf(ContainerEntryDependency dependency)
    {
        // webpack: `container entry (${shareScope}) ${JSON.stringify(exposes)}`.
        var json = new StringBuilder("[");
        for (var i = 0; i < dependency.Exposes.Count; i++)
        {
            var (name, options) = dependency.Exposes[i];
            if (i > 0)
                json.Append(',');
            json.Append('[').Append(CodeGenerationContext.JsonString(name)).Append(",{\"import\":[");
            for (var j = 0; j < options.Imports.Count; j++)
                json.Append(j > 0 ? "," : "").Append(CodeGenerationContext.JsonString(options.Imports[j]));
            json.Append(']');
            if (options.Name is not null)
                json.Append(",\"name\":").Append(CodeGenerationContext.JsonString(options.Name));
            json.Append("}]");
        }
        return "container entry (" + dependency.ShareScope + ") " + json.Append(']');
    }

    /// <inheritdoc />
    public override string LibIdent => (Layer is { } layer ? "(" + layer + ")/" : "") + "webpack/container/entry/" + _dependency.Name;

    /// <inheritdoc />
    public override string Directory => _context;

    /// <inheritdoc />
    public override long Size => 42;

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => BuildExportsType.Namespace;

    /// <inheritdoc />
    public override ExportsType GetExportsType(bool strict) => ExportsType.Namespace;

    /// <inheritdoc />
    public override IReadOnlyCollection<string>? TopLevelDeclarations => s_topLevelDeclarations;

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context)
    {
        Dependencies.Clear();
        Blocks.Clear();
        foreach (var (name, options) in _dependency.Exposes)
        {
            var block = new AsyncDependenciesBlock(new Core.ChunkGraph.ChunkGroupOptions(options.Name), options.Imports[^1], 0);
            foreach (var request in options.Imports)
            {
                var exposed = new ContainerExposedDependency(name, request) { Block = block };
                block.Dependencies.Add(exposed);
                Dependencies.Add(exposed);
            }
            Blocks.Add(block);
        }
        Dependencies.Add(new StaticExportsDependency(["get", "init"], false));
        return [];
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        var template = FederationCode.Template(this, context);
        template.RuntimeRequirements = RuntimeGlobals.DefinePropertyGetters | RuntimeGlobals.HasOwnProperty | RuntimeGlobals.Exports;
        var getters = new List<string>();
        foreach (var block in Blocks)
        {
            var modules = new List<(string Name, Module? Module, string Request)>();
            foreach (var dependency in block.Dependencies)
            {
                if (dependency is ContainerExposedDependency exposed)
                    modules.Add((exposed.ExposedName, context.Graph.GetModule(exposed), exposed.Request!));
            }
            if (modules.Count == 0)
                continue;
            string body;
            if (modules.Exists(static m => m.Module is null))
            {
                body = MissingModuleCode.ThrowBlock(string.Join(", ", modules.ConvertAll(static m => m.Request)));
            }
            else
            {
                var requires = string.Join(", ", modules.ConvertAll(m => FederationCode.ModuleRaw(template, m.Module, m.Request)));
                body = "return " + template.BlockPromise(block, "") + ".then("
                    + FederationCode.Returning(context, FederationCode.Returning(context, "(" + requires + ")")) + ");";
            }
            getters.Add(CodeGenerationContext.JsonString(modules[0].Name) + ": " + FederationCode.Basic(context, "", [body]));
        }
        var declaration = context.Options.Output.Environment.Const ? "const" : "var";
        var code = new StringBuilder();
        code.Append(declaration).Append(" moduleMap = {\n").Append(FederationCode.Indent(string.Join(",\n", getters))).Append("\n};\n");
        code.Append(declaration).Append(" get = ").Append(FederationCode.Basic(context, "module, getScope", [
            "__webpack_require__.R = getScope;",
            "getScope = (",
            "\t__webpack_require__.o(moduleMap, module)",
            "\t\t? moduleMap[module]()",
            "\t\t: Promise.resolve().then(" + FederationCode.Basic(context, "", ["throw new Error('Module \"' + module + '\" does not exist in container.');"]) + ")",
            ");",
            "__webpack_require__.R = undefined;",
            "return getScope;",
        ])).Append(";\n");
        code.Append(declaration).Append(" init = ").Append(FederationCode.Basic(context, "shareScope, initScope", [
            "if (!__webpack_require__.S) return;",
            declaration + " name = " + CodeGenerationContext.JsonString(_dependency.ShareScope),
            declaration + " oldScope = __webpack_require__.S[name];",
            "if(oldScope && oldScope !== shareScope) throw new Error(\"Container initialization failed as it has already been initialized with a different share scope\");",
            "__webpack_require__.S[name] = shareScope;",
            "return __webpack_require__.I(name, initScope);",
        ])).Append(";\n\n");
        code.Append("// This exports getters to disallow modifications\n");
        code.Append("__webpack_require__.d(exports, {\n");
        code.Append("\tget: ").Append(FederationCode.Returning(context, "get")).Append(",\n");
        code.Append("\tinit: ").Append(FederationCode.Returning(context, "init")).Append('\n');
        code.Append("});");
        return new CodeGenerationResult(new RawSource(code.ToString()), template.RuntimeRequirements | RuntimeGlobals.Require) { Strict = true };
    }
}
