// Follows webpack lib/dependencies/ImportEagerDependency.js: `import("x")` with the module in
// the same chunk resolves to its namespace on the next tick (webpackMode "eager"). Async
// chunks per import() come with code splitting.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> with a literal request.</summary>
public sealed class ImportEagerDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Target is null)
        {
            context.Source.Replace(Start, End - 1, "Promise.resolve({})");
            return;
        }
        var id = context.ModuleIdLiteral(Target);
        var comment = EsmImportSideEffectDependency.Comment(Request!);
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        string code;
        var exportsType = Target.GetExportsType(context.Module.IsStrictEsm);
        if (exportsType == ExportsType.Namespace)
        {
            code = $"Promise.resolve(/*! import() eager | {comment} */).then(__webpack_require__.bind(__webpack_require__, {id}))";
        }
        else
        {
            context.RuntimeRequirements |= RuntimeGlobals.CreateFakeNamespaceObject;
            // Follows webpack's RuntimeTemplate.moduleNamespacePromise: 16 promise-aware, 4 return
            // real namespaces, 2 merge properties, 1 the value is an id to require.
            var mode = exportsType switch { ExportsType.Dynamic => 23, ExportsType.DefaultWithNamed => 19, _ => 17 };
            code = $"Promise.resolve(/*! import() eager | {comment} */).then(__webpack_require__.t.bind(__webpack_require__, {id}, {mode}))";
        }
        context.Source.Replace(Start, End - 1, code);
    }
}
