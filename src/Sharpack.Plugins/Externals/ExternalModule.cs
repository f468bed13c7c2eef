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
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Sources;

namespace Sharpack.Plugins.Externals;

/// <summary>One value of an external: a module name (or variable), then properties; <see cref="IsArray"/> when written as an array.</summary>
/// <param name="Parts">The name, then the properties read from it.</param>
/// <param name="IsArray">True when the value was an array.</param>
public sealed record ExternalRequest(IReadOnlyList<string> Parts, bool IsArray)
{
    /// <summary>The value as JSON, as written.</summary>
    public string ToJson() => !IsArray && Parts.Count == 1 ? CodeGenerationContext.JsonString(Parts[0])
        : "[" + string.Join(",", Parts.Select(CodeGenerationContext.JsonString)) + "]";
}

/// <summary>A module whose exports come from the environment at run time.</summary>
public sealed class ExternalModule : Module
{
    // A type webpack does not name ("root rootExt" in a value) writes what var does (its default case).

    // The types a library wrapper passes in (webpack's LIBRARY_WIRED_EXTERNAL_TYPES): the module reads its variable.
    private static bool IsLibraryWired(string type) => type is "amd" or "amd-require" or "umd" or "umd2" or "system" or "jsonp";

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
        : this(type, request, request is not null && request.Count > 1, null)
    {
    }

    /// <summary>
    /// An external whose value was an array (<paramref name="requestIsArray"/>) or an object of
    /// values per type (<paramref name="record"/>: <c>root</c>, <c>commonjs</c>, <c>commonjs2</c>,
    /// <c>amd</c>…, each a module name then properties; the umd library wrapper reads them all).
    /// </summary>
    /// <param name="type">The external's type.</param>
    /// <param name="request">The request of that type: a module name or variable, then properties read from it.</param>
    /// <param name="requestIsArray">The request was written as an array.</param>
    /// <param name="record">The values per type, when the external was an object of them.</param>
    /// <param name="interop">
    /// The object's <c>interop</c> (webpack's ExternalItemInterop): <c>esModule</c>, the value is an ES
    /// namespace (a default import reads its <c>default</c>); <c>default</c>, it is CommonJS (a default
    /// import is the whole value); null, as the importer decides.
    /// </param>
    /// <param name="sideEffects">Whether importing it has side effects (<see cref="SideEffects"/>); part of the identifier, so externals that differ in it are two modules.</param>
    public ExternalModule(string type, IReadOnlyList<string> request, bool requestIsArray, IReadOnlyDictionary<string, ExternalRequest>? record, string? interop = null, bool? sideEffects = null)
        : base(Describe(type, request, record) + (interop is null ? "" : "|interop=" + interop) + (sideEffects is { } known ? (known ? "|sideEffects=true" : "|sideEffects=false") : ""),
            request is { Count: > 0 } ? request[0] : "")
    {
        Interop = interop;
        SideEffects = sideEffects;
        // webpack's factoryMeta.sideEffectFree.
        FactorySideEffectFree = sideEffects is { } flag ? !flag : null;
        ArgumentNullException.ThrowIfNull(request);
        Type = type;
        RequestPath = request;
        RequestIsArray = requestIsArray;
        RequestRecord = record;
        Request = request.Count > 0 ? request[0] : "";
        IsModuleImport = type is "module-import" or "module";
        // webpack's readableIdentifier names the request only (stats, comments, named ids).
        ReadableName = "external " + Describe(type, request, record)[("external " + type + " ").Length..];
    }

    private string? _userRequest;

    /// <inheritdoc />
    /// <remarks>The request that named the external (webpack's userRequest), kept for <see cref="LibIdent"/>.</remarks>
    public override void InitializeFrom(Dependency dependency)
    {
        ArgumentNullException.ThrowIfNull(dependency);
        _userRequest ??= dependency.Request;
    }

    /// <inheritdoc />
    /// <remarks>webpack's ExternalModule.libIdent: the request that named it (named module ids say <c>jquery</c>, not <c>external "jQuery"</c>).</remarks>
    public override string LibIdent => _userRequest ?? base.LibIdent;

    /// <summary>
    /// Whether importing the external has side effects, as its options form says (webpack's
    /// <c>{ external, sideEffects }</c>); null, it is assumed to have. False lets an import of it
    /// that uses nothing be dropped.
    /// </summary>
    public bool? SideEffects { get; }

    /// <summary>How the external's exports meet ES imports (<c>esModule</c>, <c>default</c>), or null when the importer decides.</summary>
    public string? Interop { get; }

    // webpack: an interop applies to an external of one request part only.
    private bool InteropApplies => Interop is not null && RequestPath.Count <= 1;

    /// <summary>True when the request was written as an array (a module then properties).</summary>
    public bool RequestIsArray { get; }

    /// <summary>The values per type when the external was an object (<c>{ root, commonjs, commonjs2, amd }</c>); null otherwise.</summary>
    public IReadOnlyDictionary<string, ExternalRequest>? RequestRecord { get; }

    /// <summary>The request for the module system <paramref name="key"/> (<c>root</c>, <c>amd</c>…): the record's value, else the request; null when the record has none.</summary>
    public IReadOnlyList<string>? RequestFor(string key)
    {
        if (RequestRecord is null)
            return RequestPath;
        return RequestRecord.TryGetValue(key, out var value) ? value.Parts : null;
    }

    /// <summary>The request for <paramref name="key"/> as JSON, a string or an array as written (webpack's <c>JSON.stringify(request.amd)</c>).</summary>
    public string RequestJson(string key)
    {
        IReadOnlyList<string>? parts;
        bool isArray;
        if (RequestRecord is null)
        {
            parts = RequestPath;
            isArray = RequestIsArray;
        }
        else if (RequestRecord.TryGetValue(key, out var value))
        {
            parts = value.Parts;
            isArray = value.IsArray;
        }
        else
        {
            return "undefined";
        }
        if (!isArray && parts.Count == 1)
            return CodeGenerationContext.JsonString(parts[0]);
        var builder = new StringBuilder("[");
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(CodeGenerationContext.JsonString(parts[i]));
        }
        return builder.Append(']').ToString();
    }

    /// <summary>The variable a library wrapper passes an external in under: <c>__WEBPACK_EXTERNAL_MODULE_&lt;id&gt;__</c>.</summary>
    public static string ExternalVariableName(string moduleId) => "__WEBPACK_EXTERNAL_MODULE_" + ToIdentifier(moduleId) + "__";

    /// <summary>
    /// webpack's buildMeta.async for externals: a promise, an <c>import()</c>, a script, or a
    /// <c>module</c> external outside ES module output resolves later; its importers wait for it.
    /// </summary>
    public override bool HasTopLevelAwait => Type is "promise" or "import" or "script" or "amd-async" || (Type == "module" && !_javascriptModule);

    // webpack's buildInfo.javascriptModule: the output is ES modules (set when built).
    private bool _javascriptModule = true;

    /// <summary>webpack's externalType.</summary>
    public string Type { get; }

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
    // webpack hashes the identifier (external <type> <request>), which the readable name leaves the type out of.
    public override string DeterministicName(string context) => Identifier;

    /// <inheritdoc />
    public override bool HasChunkCondition => true;

    /// <inheritdoc />
    // webpack's ExternalModule.chunkCondition: an external lives in the chunks of an entry, where a
    // library wrapper passes it in and every chunk of the entry can reach it; an ES import
    // (module, module-import) and a stylesheet's @import (css-import) stay where they are imported.
    public override bool ChunkCondition(Core.ChunkGraph.Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return IsModuleImport || Type == "css-import" || chunk.EntryModules.Count > 0;
    }

    /// <inheritdoc />
    public override ExportsType GetExportsType(bool strict) =>
        // An interop decides whatever the type: an ES namespace, or CommonJS whose default is the
        // whole value with its properties as named exports (webpack's defaultObject "redirect").
        InteropApplies ? (Interop == "esModule" ? ExportsType.Namespace : ExportsType.DefaultWithNamed) :
        // webpack's ExternalModule.build: a module, import or system external of one part is an ES namespace.
        // module-import resolves to module in ES module output (a static import); elsewhere it is a require.
        (Type is "module" or "import" or "system" || (Type == "module-import" && _javascriptModule)) && RequestPath.Count == 1 ? ExportsType.Namespace : base.GetExportsType(strict);

    /// <inheritdoc />
    /// <remarks>
    /// webpack's ExternalModule.build: an ES namespace where <see cref="GetExportsType"/> says so,
    /// else dynamic; either way its exports' usage is tracked (a concatenation imports only those used).
    /// </remarks>
    public override BuildExportsType BuildExportsType =>
        InteropApplies && Interop != "esModule" ? BuildExportsType.Default
        : GetExportsType(strict: false) == ExportsType.Namespace ? BuildExportsType.Namespace : BuildExportsType.Dynamic;

    /// <inheritdoc />
    /// <remarks>An external reads no file: its build depends on the options alone.</remarks>
    public override bool Cacheable => true;

    /// <inheritdoc />
    public override IReadOnlyList<Core.Stats.BuildDiagnostic> Build(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _javascriptModule = context.Options.Output.Module;
        // webpack's StaticExportsDependency(true, canMangle): exports only the runtime knows. They keep
        // their names (webpack renames those of ES module externals, remapping the namespace it reads).
        Dependencies.Clear();
        Dependencies.Add(new StaticExportsDependency(null, canMangle: false));
        // webpack: a record without the chosen type's value is an error, unless a library wrapper reads the record.
        if (RequestRecord is not null && !IsLibraryWired(Type) && !RequestRecord.ContainsKey(Type))
        {
            return [new Core.Stats.BuildDiagnostic($"Missing external configuration for type \"{Type}\" in external {ReadableName}. Add a \"{Type}\" entry to it or set 'output.externalsType'/'output.library.type' to one of: "
                + string.Join(", ", RequestRecord.Keys.Select(CodeGenerationContext.JsonString)), ReadableName)];
        }
        if (Type is "umd" or "umd2" && RequestRecord is not null)
        {
            foreach (var branch in (string[])["commonjs", "commonjs2"])
            {
                if (!RequestRecord.ContainsKey(branch))
                    return [new Core.Stats.BuildDiagnostic($"Missing external configuration for type:{branch} ({ReadableName}).", ReadableName)];
            }
        }
        if (Type == "script" && RequestRecord is null && !RequestIsArray && ScriptUrlAndGlobal() is null)
            return [new Core.Stats.BuildDiagnostic($"Invalid request \"{Request}\" for a script external: it should be \"global@url\" or [url, global, ...properties].", ReadableName)];
        // Only the native import() needs the environment's support; another importFunctionName is the user's function.
        if (Type is "import" or "module" && !context.Options.Output.Module && !context.Options.Output.Environment.DynamicImport && context.Options.Output.ImportFunctionName == "import")
            return [new Core.Stats.BuildDiagnostic($"The target environment doesn't support 'import()' so it's not possible to use external type '{Type}' ({ReadableName}).", ReadableName)];
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
        var switchForm = options.Output.Environment.NodePrefixForCoreModules ? options.Target.IsUniversal && !prefixed : prefixed;
        return switchForm ? NodeTargetPlugin.AlternateCoreModuleRequest(Request) ?? Request : Request;
    }

    /// <summary>
    /// An external that is a URL (<c>asset</c>, <c>asset-url</c>, and <c>css-url</c>, webpack's old
    /// spelling of it): a stylesheet's url() or a page's src writes the URL as is, JavaScript gets it as the
    /// module's value.
    /// </summary>
    public bool IsAssetUrl => Type is "asset" or "asset-url" or "css-url";

    private static readonly string[] s_cssImport = ["css-import"];

    /// <inheritdoc />
    /// <remarks>webpack's CSS_IMPORT_TYPE: a css-import external is an <c>@import</c> of the chunk's stylesheet, no JavaScript.</remarks>
    public override IReadOnlyList<string> SourceTypes => Type == "css-import" ? s_cssImport : base.SourceTypes;

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = context.Options.Output;
        var requestText = CodeGenerationContext.JsonString(EnvironmentRequest(context.Options));
        var arrows = output.Environment.ArrowFunction;
        var requirements = RuntimeGlobals.Module;
        string? asyncCode = null;
        if (IsAssetUrl || Type == "css-import")
        {
            // webpack's asset external: the URL itself; a css-import external has no JavaScript (the
            // chunk's stylesheet @imports it).
            asyncCode = IsAssetUrl ? "module.exports = " + requestText + ";" : "";
        }
        else if (IsLibraryWired(Type))
        {
            // webpack's getSourceForAmdOrUmdExternal: the wrapper passes the module in as a variable.
            var variable = ExternalVariableName(Id);
            asyncCode = (IsOptional(context.Graph) ? MissingModuleCheck(variable, string.Join(".", RequestPath)) + "\n" : "") + $"module.exports = {variable};";
        }
        else if (Type == "import" || (Type == "module" && !output.Module))
        {
            // webpack's getSourceForImportExternal: the namespace, or a property of it, as a promise.
            var then = RequestPath.Count > 1 ? ".then(" + (arrows ? "(module) => (module" + Accessor(RequestPath, 1) + ")" : "function(module) { return module" + Accessor(RequestPath, 1) + "; }") + ")" : "";
            asyncCode = $"module.exports = {output.ImportFunctionName}({requestText}){then};";
        }
        else if (Type == "amd-async")
        {
            // webpack's getSourceForAmdAsyncExternal: AMD's asynchronous require, as a promise.
            var amdRequire = output.Library?.AmdContainer is { } container ? container + ".require" : "require";
            var function = (string parameters) => arrows ? "(" + parameters + ") => {\n" : "function(" + parameters + ") {\n";
            asyncCode = "module.exports = new Promise(" + function("resolve, reject")
                + $"\tif (typeof {amdRequire} !== \"function\") return reject(new Error({CodeGenerationContext.JsonString("AMD 'require' is not available to load external module " + Request)}));\n"
                + $"\t{amdRequire}([{requestText}], " + function("module") + "\t\tresolve(module" + Accessor(RequestPath, 1) + ");\n\t}, reject);\n});";
        }
        else if (Type == "script")
        {
            asyncCode = ScriptSource(arrows, output.Environment.Const);
            requirements |= RuntimeGlobals.LoadScript;
        }
        if (asyncCode is not null)
            return new(new RawSource(asyncCode), requirements) { Strict = true };
        var (check, value) = SyncValue(context);
        return new(new RawSource(check + "module.exports = " + value + ";"), RuntimeGlobals.Module) { Strict = Type != "this", ChunkInitFragments = ChunkImports(context.Options) };
    }

    // The value of an external available at once (what module.exports is set to), and the check
    // that must run before it is read ("" when none).
    private (string Check, string Value) SyncValue(CodeGenerationContext context)
    {
        var output = context.Options.Output;
        var accessor = Accessor(RequestPath, 1);
        var requestText = CodeGenerationContext.JsonString(EnvironmentRequest(context.Options));
        return Type switch
        {
            // ES module output has no `require`: webpack's node-commonjs externals make one from import.meta.url.
            _ when IsModuleImport && output.Module => ("", ImportName + accessor),
            _ when UsesCreateRequire(context.Options) => ("", $"{CachedConstDependency.NodeRequireName}({requestText}){accessor}"),
            "node-commonjs" or "commonjs" or "commonjs2" or "commonjs-module" or "commonjs-static" or "module-import" => ("", $"require({requestText}){accessor}"),
            "this" => ("", $"(function() {{ return this{Accessor(RequestPath, 0)}; }}())"),
            "window" or "self" => ("", Type + Accessor(RequestPath, 0)),
            "global" => ("", output.GlobalObject + Accessor(RequestPath, 0)),
            // var, assign: the request is an expression the environment defines; when every import
            // of it is optional (in a try block), a missing variable throws MODULE_NOT_FOUND.
            _ => (IsOptional(context.Graph) ? MissingModuleCheck(Request, string.Join(".", RequestPath)) + "\n" : "", Request + accessor),
        };
    }

    /// <inheritdoc />
    /// <remarks>
    /// webpack's ExternalModule.getConcatenationBailoutReason: an external joins a concatenation as a
    /// value bound once, except where a library wrapper passes it in; a <c>this</c> external is read
    /// in sloppy code (the concatenation is strict).
    /// </remarks>
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) =>
        IsLibraryWired(Type) ? Type + " externals can't be concatenated"
        : Type == "this" ? "Module is not in strict mode"
        : null;

    /// <inheritdoc />
    /// <remarks>
    /// The value is bound to a local the concatenation names (webpack's NAMESPACE_OBJECT_EXPORT);
    /// wrapped, it is the body's <c>module.exports</c>.
    /// </remarks>
    public override CodeGenerationResult GenerateConcatenated(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        // Library-wired and asynchronous externals are never members (they bail out, or are async).
        if (IsLibraryWired(Type) || HasTopLevelAwait)
            throw new InvalidOperationException($"{ReadableName} cannot be concatenated: its value is not available at once.");
        if (scope.IsWrapped)
            return Generate(context);
        if (NamedImports(context, runtime, scope) is { } named)
            return named;
        var (check, value) = SyncValue(context);
        var declaration = context.Options.Output.Environment.Const ? "const " : "var ";
        scope.RegisterNamespaceExport(ConcatenationScope.NamespaceObjectExport);
        return new(new RawSource(check + declaration + ConcatenationScope.NamespaceObjectExport + " = " + value + ";"), RuntimeGlobals.None)
        {
            Strict = true,
            ChunkInitFragments = ChunkImports(context.Options),
        };
    }

    // webpack's getSourceForModuleExternal in a concatenation: an ES import of the module names the
    // exports used (`import { a as __WEBPACK_EXTERNAL_MODULE_x_a__ } from "x"`, or a bare import
    // when none is) and the concatenation reads those bindings; null when the namespace is needed.
    private CodeGenerationResult? NamedImports(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope scope)
    {
        if (!IsModuleImport || !context.Options.Output.Module || RequestPath.Count != 1)
            return null;
        var used = context.Graph.GetExportsInfo(this).GetUsedExports(runtime);
        if (used.Kind is not (UsedExportsKind.Names or UsedExportsKind.None))
            return null;
        var request = CodeGenerationContext.JsonString(EnvironmentRequest(context.Options));
        var names = used.Names ?? [];
        var ident = ToIdentifier(Request);
        string content;
        if (names.Count == 0)
        {
            content = "import " + request + ";\n";
        }
        else
        {
            var specifiers = new StringBuilder();
            foreach (var name in names)
            {
                var local = "__WEBPACK_EXTERNAL_MODULE_" + ToIdentifier(ident + "_" + name) + "__";
                // The chunk-level binding must not be shadowed by a member's top-level name.
                scope.ReserveName(local);
                scope.RegisterRawExport(name, local);
                if (specifiers.Length > 0) specifiers.Append(", ");
                // An import name is any IdentifierName (`default` too), or a string.
                specifiers.Append(PropertyNames.IsIdentifierName(name) ? name : CodeGenerationContext.JsonString(name)).Append(" as ").Append(local);
            }
            content = "import { " + specifiers + " } from " + request + ";\n";
        }
        // webpack's InitFragment.STAGE_CONSTANTS stage of the chunk's imports (as ChunkImports).
        var fragment = new InitFragment(content, -10, 0, "external module import " + ident + " " + string.Join(" ", names));
        return new CodeGenerationResult(new RawSource(""), RuntimeGlobals.None) { Strict = true, ChunkInitFragments = [fragment] };
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
        // webpack's isUniversalTarget: ES module output for node and web at once.
        return UsesCreateRequire(options) ? CachedConstDependency.NodeRequireFragments(options, universal: options.Target.IsUniversal) : null;
    }

    /// <summary>
    /// Whether the code requires the module through node's createRequire (ES module output has no
    /// require): node-commonjs, and with webpack's externalsPresets.node (node targets, a universal one) the commonjs types.
    /// </summary>
    public bool UsesCreateRequire(Core.Options.SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Output.Module && !IsModuleImport
            && (Type == "node-commonjs" || (options.Target.NodeExternals && Type is "commonjs" or "commonjs2" or "commonjs-module" or "commonjs-static"));
    }

    // webpack's checkExternalVariable: a missing variable throws MODULE_NOT_FOUND.
    private static string MissingModuleCheck(string variable, string request) =>
        $"if(typeof {variable} === 'undefined') {{ var e = new Error({CodeGenerationContext.JsonString("Cannot find module '" + request + "'")}); e.code = 'MODULE_NOT_FOUND'; throw e; }}";

    // webpack's extractUrlAndGlobal: "global@url" is [url, global]; an array is [url, global, ...properties].
    private string[]? ScriptUrlAndGlobal()
    {
        if (RequestIsArray || RequestPath.Count > 1)
            return RequestPath.Count >= 2 ? [.. RequestPath] : null;
        var at = Request.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 || at == Request.Length - 1 ? null : [Request[(at + 1)..], Request[..at]];
    }

    // webpack's getSourceForScriptExternal: load the script unless its global is there, then read the global.
    private string ScriptSource(bool arrows, bool constKeyword)
    {
        var parts = ScriptUrlAndGlobal() ?? [Request, Request];
        var url = CodeGenerationContext.JsonString(parts[0]);
        var global = parts[1];
        var declare = constKeyword ? "const" : "var";
        var builder = new StringBuilder();
        builder.Append(declare).Append(" __webpack_error__ = new Error();\n");
        builder.Append("module.exports = new Promise(").Append(arrows ? "(resolve, reject) => {\n" : "function(resolve, reject) {\n");
        builder.Append("\tif(typeof ").Append(global).Append(" !== \"undefined\") return resolve();\n");
        builder.Append("\t__webpack_require__.l(").Append(url).Append(", ").Append(arrows ? "(event) => {\n" : "function(event) {\n");
        builder.Append("\t\tif(typeof ").Append(global).Append(" !== \"undefined\") return resolve();\n");
        builder.Append("\t\t").Append(declare).Append(" errorType = event && (event.type === 'load' ? 'missing' : event.type);\n");
        builder.Append("\t\t").Append(declare).Append(" realSrc = event && event.target && event.target.src;\n");
        builder.Append("\t\t__webpack_error__.message = 'Loading script failed.\\n(' + errorType + ': ' + realSrc + ')';\n");
        builder.Append("\t\t__webpack_error__.name = 'ScriptExternalLoadError';\n\t\t__webpack_error__.type = errorType;\n\t\t__webpack_error__.request = realSrc;\n");
        builder.Append("\t\t__webpack_error__.event = event;\n\t\treject(__webpack_error__);\n");
        builder.Append("\t}, ").Append(CodeGenerationContext.JsonString(global)).Append(");\n}).then(");
        var read = global + Accessor(parts, 2);
        builder.Append(arrows ? "() => (" + read + ")" : "function() { return " + read + "; }").Append(");");
        return builder.ToString();
    }

    /// <summary>webpack's moduleGraph.isOptional: every dependency on the module is optional (in a try block).</summary>
    public bool IsOptional(ModuleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
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


    // webpack's propertyAccess: ["a"]["b"] for the request's parts from `start`.
    private static string Accessor(IReadOnlyList<string> request, int start)
    {
        var builder = new StringBuilder();
        for (var i = start; i < request.Count; i++)
            builder.Append('[').Append(CodeGenerationContext.JsonString(request[i])).Append(']');
        return builder.ToString();
    }

    private static string Describe(string type, IReadOnlyList<string> request, IReadOnlyDictionary<string, ExternalRequest>? record)
    {
        if (record is not null)
        {
            // webpack's identifier: JSON of the record.
            return "external " + type + " {" + string.Join(",", record.Select(static pair => CodeGenerationContext.JsonString(pair.Key) + ":" + pair.Value.ToJson())) + "}";
        }
        return "external " + type + " " + (request.Count == 1 ? CodeGenerationContext.JsonString(request[0])
            : "[" + string.Join(",", request.Select(CodeGenerationContext.JsonString)) + "]");
    }

    /// <summary>webpack's Template.toIdentifier (<see cref="IdentifierNames.FromText"/>).</summary>
    internal static string ToIdentifier(string text) => IdentifierNames.FromText(text);
}
