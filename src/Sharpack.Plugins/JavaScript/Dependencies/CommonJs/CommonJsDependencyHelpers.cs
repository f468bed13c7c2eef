// Follows webpack lib/dependencies/CommonJsDependencyHelpers.js: what a CommonJS export
// assignment writes to (`exports`, `module.exports`, top-level `this`, or one of them through
// Object.defineProperty), and the code and runtime globals each of those needs.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>What a CommonJS export is written to (webpack's CommonJSDependencyBaseKeywords).</summary>
public enum CommonJsBase : byte
{
    /// <summary><c>exports.x = …</c></summary>
    Exports,
    /// <summary><c>module.exports.x = …</c></summary>
    ModuleExports,
    /// <summary><c>this.x = …</c> at the top level.</summary>
    This,
    /// <summary><c>Object.defineProperty(exports, "x", …)</c></summary>
    DefinePropertyExports,
    /// <summary><c>Object.defineProperty(module.exports, "x", …)</c></summary>
    DefinePropertyModuleExports,
    /// <summary><c>Object.defineProperty(this, "x", …)</c> at the top level.</summary>
    DefinePropertyThis,
}

/// <summary>Helpers of the CommonJS export dependencies.</summary>
public static class CommonJsDependencyHelpers
{
    /// <summary>
    /// The named export a <c>require()</c> of an ES module returns in place of its namespace, as
    /// node's <c>require(esm)</c> does (webpack's ESM_MODULE_EXPORTS_NAME).
    /// </summary>
    public const string EsmModuleExportsName = "module.exports";

    /// <summary>
    /// Whether a <c>require()</c> of <paramref name="module"/> unwraps its <c>"module.exports"</c>
    /// export (webpack's isRequireEsmModuleExportsModule): a strict ES module that provides it.
    /// Asks nothing of usage, so it may decide what is used.
    /// </summary>
    public static bool IsRequireEsmModuleExportsModule(Module module, ModuleGraph moduleGraph)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(moduleGraph);
        return module.GetExportsType(false) == ExportsType.Namespace
            && moduleGraph.GetExportsInfo(module).GetReadOnlyExportInfo(EsmModuleExportsName).Provided == ProvidedState.Provided;
    }

    /// <summary>
    /// What a <c>require()</c> (<paramref name="dependency"/>) uses of a module that unwraps
    /// <c>"module.exports"</c>: that export alone (what is read of its value is not modelled);
    /// null when the module does not unwrap one.
    /// </summary>
    public static IReadOnlyList<ReferencedExport>? RequireEsmModuleExportsReferenced(Dependency dependency, ModuleGraph moduleGraph)
    {
        ArgumentNullException.ThrowIfNull(moduleGraph);
        return moduleGraph.GetModule(dependency) is { } module && IsRequireEsmModuleExportsModule(module, moduleGraph) ? s_moduleExportsReferenced : null;
    }

    private static readonly ReferencedExport[] s_moduleExportsReferenced = [new ReferencedExport([EsmModuleExportsName], CanInline: false)];

    /// <summary>The export path a <c>require()</c> reads <paramref name="ids"/> of <paramref name="module"/> by: after its unwrapped <c>"module.exports"</c>, when it has one.</summary>
    public static IReadOnlyList<string> RequiredIds(Module module, ModuleGraph moduleGraph, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return IsRequireEsmModuleExportsModule(module, moduleGraph) ? [EsmModuleExportsName, .. ids] : ids;
    }

    /// <summary>
    /// The property access a <c>require()</c> of <paramref name="module"/> reads its unwrapped
    /// <c>"module.exports"</c> export by (its used name), or null when it does not unwrap one
    /// (webpack's getRequireEsmModuleExportsAccess).
    /// </summary>
    public static string? RequireEsmModuleExportsAccess(Module module, ModuleGraph moduleGraph, RuntimeSpec? runtime)
    {
        if (!IsRequireEsmModuleExportsModule(module, moduleGraph))
            return null;
        return moduleGraph.GetExportsInfo(module).GetUsedName([EsmModuleExportsName], runtime) is { } used ? PropertyNames.Access(used) : null;
    }

    /// <summary>The base through <c>Object.defineProperty</c> of a plain base.</summary>
    public static CommonJsBase DefineProperty(CommonJsBase plain) => plain switch
    {
        CommonJsBase.Exports => CommonJsBase.DefinePropertyExports,
        CommonJsBase.ModuleExports => CommonJsBase.DefinePropertyModuleExports,
        CommonJsBase.This => CommonJsBase.DefinePropertyThis,
        _ => plain,
    };

    /// <summary>Whether the base is written through <c>Object.defineProperty</c>.</summary>
    public static bool IsDefineProperty(CommonJsBase value) => value >= CommonJsBase.DefinePropertyExports;

    /// <summary>
    /// webpack's handleDependencyBase: the code of the exports object for <paramref name="value"/>
    /// in the module being generated, adding the runtime global it needs.
    /// </summary>
    public static string Base(CommonJsBase value, TemplateContext context) => Base(value, context, IsWorkerGlobal(value, context));

    /// <summary>
    /// <see cref="Base(CommonJsBase, TemplateContext)"/> with <see cref="IsWorkerGlobal"/> already
    /// answered by the caller (it also decides the names written).
    /// </summary>
    public static string Base(CommonJsBase value, TemplateContext context, bool workerGlobal)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (workerGlobal)
        {
            context.RuntimeRequirements |= RuntimeGlobals.Global;
            return "__webpack_require__.g";
        }
        switch (value)
        {
            case CommonJsBase.Exports or CommonJsBase.DefinePropertyExports:
                context.RuntimeRequirements |= RuntimeGlobals.Exports;
                return "exports";
            case CommonJsBase.ModuleExports or CommonJsBase.DefinePropertyModuleExports:
                context.RuntimeRequirements |= RuntimeGlobals.Module;
                return "module.exports";
            default:
                context.RuntimeRequirements |= RuntimeGlobals.ThisAsExports;
                return "this";
        }
    }

    /// <summary>
    /// Whether the base <paramref name="value"/> (a <c>this</c> one) is the global scope, as webpack's
    /// isWorkerEntryThis says: a classic worker script's top-level <c>this</c> is its global scope,
    /// not the module's exports, where every entrypoint of the module's chunks in the runtime
    /// generated for is a worker's (never for module output, where <c>this</c> is undefined).
    /// </summary>
    public static bool IsWorkerGlobal(CommonJsBase value, TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return value is CommonJsBase.This or CommonJsBase.DefinePropertyThis
            && !context.Generation.Options.Output.Module && context.Runtime is { Count: 1 } runtime
            && context.Generation.ChunkGraph is { } chunkGraph && chunkGraph.IsWorkerEntry(context.Module, runtime);
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a property every object has (webpack's <c>name in {}</c>):
    /// such an export may not be renamed, since reading it before it is set finds the prototype's.
    /// </summary>
    public static bool IsObjectPrototypeName(string name) => name is "constructor" or "hasOwnProperty" or "isPrototypeOf"
        or "propertyIsEnumerable" or "toLocaleString" or "toString" or "valueOf" or "__proto__" or "__defineGetter__"
        or "__defineSetter__" or "__lookupGetter__" or "__lookupSetter__";

    /// <summary>webpack's var for unused CommonJS export values (InitFragment STAGE_CONSTANTS, key "__webpack_unused_export__").</summary>
    public static void DeclareUnusedExport(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddInitFragment(new InitFragment("var __webpack_unused_export__;\n", Stage: -10, Position: 0, Key: "__webpack_unused_export__"));
    }

    /// <summary>
    /// webpack's getDependencyUsedByExportsCondition: a dependency reached only through the exports
    /// <paramref name="usedByExports"/> of its module is active where one of them is used.
    /// </summary>
    public static ConnectionState UsedByExportsState(ModuleGraph moduleGraph, ModuleGraphConnection connection, IReadOnlySet<string> usedByExports, RuntimeSpec? runtime)
    {
        ArgumentNullException.ThrowIfNull(moduleGraph);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(usedByExports);
        if (connection.OriginModule is not { } parent)
            return ConnectionState.Active;
        var exportsInfo = moduleGraph.GetExportsInfo(parent);
        foreach (var name in usedByExports)
        {
            if (exportsInfo.GetUsed(name, runtime) != UsageState.Unused) return ConnectionState.Active;
        }
        return ConnectionState.Inactive;
    }

    /// <summary>The path without its last <paramref name="count"/> names.</summary>
    public static IReadOnlyList<string> WithoutLast(IReadOnlyList<string> path, int count = 1)
    {
        if (path.Count <= count) return [];
        var result = new string[path.Count - count];
        for (var i = 0; i < result.Length; i++) result[i] = path[i];
        return result;
    }

    /// <summary>Whether two paths are equal.</summary>
    public static bool PathEquals(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
