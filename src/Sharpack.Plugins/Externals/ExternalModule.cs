// Follows webpack lib/ExternalModule.js: a module provided by the environment (Node.js built-ins
// for node targets, Electron's for electron targets, whatever `externals` names). node-commonjs
// loads it with the environment's own require (in ES module output, a require made from
// import.meta.url); commonjs* with require; module-import and module, in ES module output, import
// it statically at the top of the chunk; var/assign read a variable, this/window/self/global a
// property of that object; properties after the first part of the request are read from it.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Externals;

/// <summary>A module whose exports come from the environment at run time.</summary>
public sealed class ExternalModule : Module
{
    // The types whose code this module writes; others (amd, umd, system, jsonp, script, promise,
    // import) need output.library or async externals, which are not built yet: a build error.
    private static readonly string[] s_types =
        ["var", "assign", "this", "window", "self", "global", "commonjs", "commonjs2", "commonjs-module", "commonjs-static", "node-commonjs", "module", "module-import"];

    /// <summary>Creates the external for <paramref name="request"/>.</summary>
    /// <param name="request">The request passed to the environment.</param>
    /// <param name="moduleImport">True for <c>module-import</c>: a static import in ES module output.</param>
    public ExternalModule(string request, bool moduleImport = false)
        : this(moduleImport ? "module-import" : "node-commonjs", [request])
    {
    }

    /// <summary>
    /// An external of webpack's <paramref name="type"/> (<c>var</c>, <c>commonjs</c>, <c>global</c>…)
    /// for <paramref name="request"/>: a module name or variable, then properties read from it.
    /// </summary>
    public ExternalModule(string type, IReadOnlyList<string> request)
        : base(Describe(type, request), request.Count > 0 ? request[0] : "")
    {
        ArgumentNullException.ThrowIfNull(request);
        Type = type;
        RequestPath = request;
        Request = request.Count > 0 ? request[0] : "";
        IsModuleImport = type is "module-import" or "module";
        ReadableName = Describe(type, request);
    }

    /// <summary>webpack's externalType.</summary>
    public string Type { get; }

    /// <inheritdoc />
    /// <remarks>As webpack's ExternalModule: an ES import external may go anywhere; others stay in chunks that start entries.</remarks>
    public override bool ChunkCondition(Sharpack.Core.ChunkGraph.Chunk chunk) =>
        Type is "module" or "module-import" or "css-import" || chunk.EntryModules.Count > 0;

    /// <summary>The request: the module name (or variable), then the properties read from it.</summary>
    public IReadOnlyList<string> RequestPath { get; }

    /// <summary>The request passed to the environment's require or import.</summary>
    public string Request { get; }

    /// <summary>True when the chunk imports it statically (<c>module-import</c>, <c>module</c>), not with require.</summary>
    public bool IsModuleImport { get; }

    /// <summary>The local name of a module-import external's namespace in its chunk (webpack's <c>__WEBPACK_EXTERNAL_MODULE_x__</c>).</summary>
    public string ImportName => "__WEBPACK_EXTERNAL_MODULE_" + ToIdentifier(Request) + "__";

    /// <inheritdoc />
    public override long Size => 42;

    /// <inheritdoc />
    public override ExportsType GetExportsType(bool strict) =>
        // webpack's ExternalModule.build: a "module" external of one part is an ES namespace.
        Type == "module" && RequestPath.Count == 1 ? ExportsType.Namespace : base.GetExportsType(strict);

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Array.IndexOf(s_types, Type) < 0)
            return [new Core.Stats.BuildDiagnostic($"The external type '{Type}' ({ReadableName}) is not implemented by sharpack yet: it needs output.library or async externals.", ReadableName)];
        if (Type == "module" && !context.Options.Output.Module)
            return [new Core.Stats.BuildDiagnostic($"The external type 'module' ({ReadableName}) needs ES module output (experiments.outputModule and output.module).", ReadableName)];
        return [];
    }

    /// <summary>
    /// Follows webpack's normalizeNodeCoreModuleRequest: for the types node resolves (require,
    /// import), a built-in's <c>node:</c> prefix is dropped where output.environment has none, and
    /// added on the universal target (deno and bun need it); otherwise the request as written.
    /// </summary>
    public string EnvironmentRequest(Core.Options.SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Type is not ("commonjs" or "commonjs2" or "commonjs-module" or "commonjs-static" or "node-commonjs" or "import" or "module" or "module-import"))
            return Request;
        var prefixed = Request.StartsWith("node:", StringComparison.Ordinal);
        if (!options.Output.Environment.NodePrefixForCoreModules)
            return prefixed && NodeTargetPlugin.IsCoreModule(Request["node:".Length..]) ? Request["node:".Length..] : Request;
        return options.Target.IsUniversal && !prefixed && NodeTargetPlugin.IsCoreModule(Request) ? "node:" + Request : Request;
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = context.Options.Output;
        var accessor = Accessor(RequestPath, 1);
        var requestText = CodeGenerationContext.JsonString(EnvironmentRequest(context.Options));
        var code = Type switch
        {
            // ES module output has no `require`: webpack's node-commonjs externals make one from import.meta.url.
            _ when IsModuleImport && output.Module => $"module.exports = {ImportName}{accessor};",
            _ when UsesCreateRequire(context.Options) => $"module.exports = {CreateRequireName}({output.ImportMetaName}.url)({requestText}){accessor};",
            "node-commonjs" or "commonjs" or "commonjs2" or "commonjs-module" or "commonjs-static" or "module-import" => $"module.exports = require({requestText}){accessor};",
            "this" => $"module.exports = (function() {{ return this{Accessor(RequestPath, 0)}; }}());",
            "window" or "self" => $"module.exports = {Type}{Accessor(RequestPath, 0)};",
            "global" => $"module.exports = {output.GlobalObject}{Accessor(RequestPath, 0)};",
            // var, assign: the request is an expression the environment defines; when every import
            // of it is optional (in a try block), a missing variable throws MODULE_NOT_FOUND.
            _ => (IsOptional(context.Graph) ? $"if(typeof {Request} === 'undefined') {{ var e = new Error({CodeGenerationContext.JsonString("Cannot find module '" + string.Join(".", RequestPath) + "'")}); e.code = 'MODULE_NOT_FOUND'; throw e; }}\n" : "")
                + $"module.exports = {Request}{accessor};",
        };
        return new(new RawSource(code), RuntimeGlobals.Module) { ChunkInitFragments = ChunkImports(context.Options) };
    }

    // In ES module output the chunk imports what the code reads, once per chunk (chunk init
    // fragments, one per key): the module itself for a module-import external (externals reading
    // different properties of one module share it), node's createRequire for the others.
    private InitFragment[]? ChunkImports(Core.Options.SharpackOptions options)
    {
        // webpack's InitFragment.STAGE_CONSTANTS, imports first (as CachedConstDependency's chunk imports).
        const int StageConstants = -10;
        if (IsModuleImport && options.Output.Module)
        {
            return [new InitFragment("import * as " + ImportName + " from " + CodeGenerationContext.JsonString(EnvironmentRequest(options)) + ";\n",
                StageConstants, 0, "external module import " + ImportName)];
        }
        if (UsesCreateRequire(options))
        {
            return [new InitFragment("import { createRequire as " + CreateRequireName + " } from " + CodeGenerationContext.JsonString(options.Output.Environment.CoreModule("module")) + ";\n",
                StageConstants, 0, "external createRequire")];
        }
        return null;
    }

    /// <summary>
    /// Whether the code requires the module through node's createRequire (ES module output has no
    /// require): node-commonjs, and on node targets the commonjs types (webpack's externalsPresets.node).
    /// </summary>
    public bool UsesCreateRequire(Core.Options.SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Output.Module && !IsModuleImport
            && (Type == "node-commonjs" || (options.Target.IsNode && Type is "commonjs" or "commonjs2" or "commonjs-module" or "commonjs-static"));
    }

    // webpack's moduleGraph.isOptional: every dependency on the module is optional.
    private bool IsOptional(ModuleGraph graph)
    {
        var incoming = graph.GetIncomingConnections(this);
        if (incoming.Count == 0)
            return false;
        foreach (var connection in incoming)
        {
            if (connection.Dependency is not { IsOptional: true })
                return false;
        }
        return true;
    }

    /// <summary>The local name of node's createRequire, imported at the top of an ES module chunk that holds externals.</summary>
    public const string CreateRequireName = "__WEBPACK_EXTERNAL_createRequire";

    // webpack's propertyAccess: ["a"]["b"] for the request's parts from `start`.
    private static string Accessor(IReadOnlyList<string> request, int start)
    {
        var builder = new StringBuilder();
        for (var i = start; i < request.Count; i++)
            builder.Append('[').Append(CodeGenerationContext.JsonString(request[i])).Append(']');
        return builder.ToString();
    }

    private static string Describe(string type, IReadOnlyList<string> request) =>
        "external " + type + " " + (request.Count == 1 ? CodeGenerationContext.JsonString(request[0])
            : "[" + string.Join(",", request.Select(CodeGenerationContext.JsonString)) + "]");

    // webpack's Template.toIdentifier: runs of characters no identifier holds become "_".
    private static string ToIdentifier(string text)
    {
        var builder = new StringBuilder(text.Length + 1);
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] is '$' or '_'))
            builder.Append('_');
        var inRun = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '$' or '_')
            {
                builder.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                builder.Append('_');
                inRun = true;
            }
        }
        return builder.ToString();
    }
}
