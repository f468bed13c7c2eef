// Follows webpack's output.environment (lib/config/defaults.js applyOutputDefaults): what the
// code the output runs on supports, from the target's properties (most read optimistically: a
// property no target says anything about counts as supported), each overridable in the config.

namespace Sharpack.Core.Options;

/// <summary><c>output.environment</c>: the features the environment the output runs in supports.</summary>
public sealed class OutputEnvironment
{
    /// <summary>The properties webpack's schema knows (every one is a boolean).</summary>
    public static readonly string[] Names =
    [
        "arrowFunction", "asyncFunction", "bigIntLiteral", "const", "cssColorHexAlpha", "cssGradientDoublePosition",
        "cssInsetShorthand", "cssMediaQueryRange", "cssPlaceShorthand", "destructuring", "document", "dynamicImport",
        "dynamicImportInWorker", "forOf", "generator", "globalThis", "hasOwn", "importMetaDirnameAndFilename", "let",
        "logicalAssignment", "methodShorthand", "module", "modulePreload", "nodeBuiltinModuleGetter",
        "nodePrefixForCoreModules", "optionalChaining", "spread", "symbol", "templateLiteral",
    ];

    /// <summary><c>spread</c>: spread syntax in objects and arrays (ES2018).</summary>
    public bool Spread { get; init; } = true;

    /// <summary><c>arrowFunction</c>: arrow functions.</summary>
    public bool ArrowFunction { get; init; } = true;

    /// <summary><c>methodShorthand</c>: <c>{ f() {} }</c> in object literals (ES2015): module factories are written as methods of the modules object.</summary>
    public bool MethodShorthand { get; init; } = true;

    /// <summary><c>const</c>: <c>const</c> declarations.</summary>
    public bool Const { get; init; } = true;

    /// <summary><c>let</c>: <c>let</c> declarations (the runtime's reassigned bindings; its constant ones where <see cref="Const"/> is off).</summary>
    public bool Let { get; init; } = true;

    /// <summary><c>globalThis</c>: the <c>globalThis</c> object (node's <c>global</c> is written as it).</summary>
    public bool GlobalThis { get; init; } = true;

    /// <summary><c>dynamicImport</c>: <c>import()</c> (ES module chunk format and loading).</summary>
    public bool DynamicImport { get; init; }

    /// <summary><c>dynamicImportInWorker</c>: <c>import()</c> works in a worker (module workers load their chunks with it).</summary>
    public bool DynamicImportInWorker { get; init; }

    /// <summary><c>module</c>: ES modules.</summary>
    public bool Module { get; init; }

    /// <summary><c>document</c>: a document (null: may or may not, as on the universal target).</summary>
    public bool? Document { get; init; }

    /// <summary><c>nodePrefixForCoreModules</c>: node's built-in modules are imported as <c>node:name</c>.</summary>
    public bool NodePrefixForCoreModules { get; init; } = true;

    /// <summary><c>importMetaDirnameAndFilename</c>: <c>import.meta.dirname</c> and <c>import.meta.filename</c> (node 22.16+).</summary>
    public bool ImportMetaDirnameAndFilename { get; init; }

    /// <summary><c>nodeBuiltinModuleGetter</c>: <c>process.getBuiltinModule()</c> loads node's built-in modules synchronously (node 22.3+).</summary>
    public bool NodeBuiltinModuleGetter { get; init; }

    /// <summary>
    /// Follows webpack's RuntimeTemplate.getBuiltinModule: an expression reading node's built-in
    /// <paramref name="request"/> (a JavaScript string literal) with <paramref name="access"/> after
    /// it, through <c>process.getBuiltinModule()</c>, guarded so it is falsy instead of throwing off
    /// node (a universal bundle in a browser) and, unless the environment is known to have the
    /// getter, on node before 22.3.
    /// </summary>
    public string BuiltinModuleGetter(string request, string access = "")
    {
        var getter = "process.getBuiltinModule(" + request + ")" + access;
        return NodeBuiltinModuleGetter
            ? "typeof process !== \"undefined\" && " + getter
            : "typeof process !== \"undefined\" && typeof process.getBuiltinModule === \"function\" && " + getter;
    }

    /// <summary>A node built-in module's specifier as this environment imports it (<c>node:url</c> or <c>url</c>).</summary>
    public string CoreModule(string name) => NodePrefixForCoreModules ? "node:" + name : name;
}
