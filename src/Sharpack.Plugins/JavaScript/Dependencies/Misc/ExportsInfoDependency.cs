// Follows webpack lib/dependencies/ExportsInfoApiDependency.js: `__webpack_exports_info__.x.used`
// and friends, answered from the module's exports info at code generation, for the runtime the
// code is generated for (a module whose usage differs per runtime is generated per runtime).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary><c>__webpack_exports_info__.name….property</c>.</summary>
public sealed class ExportsInfoDependency(IReadOnlyList<string> names, string property) : Dependency
{
    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var exportsInfo = context.Generation.Graph.GetExportsInfo(context.Module);
        var value = names.Count == 0
            ? property == "usedExports" ? UsedExports(exportsInfo, context) : "undefined"
            : property switch
            {
                "canMangle" => Literal((exportsInfo.GetReadOnlyExportInfoRecursive(names) ?? exportsInfo.OtherExportsInfo).CanMangle),
                "used" => exportsInfo.GetUsed(names, context.Runtime) != UsageState.Unused ? "true" : "false",
                "useInfo" => exportsInfo.GetUsed(names, context.Runtime) switch
                {
                    UsageState.Used or UsageState.OnlyPropertiesUsed => "true",
                    UsageState.Unused => "false",
                    UsageState.Unknown => "null",
                    _ => "undefined",
                },
                // webpack's isExportProvided on a path: true, false, null (only the runtime knows) or undefined.
                "provideInfo" => exportsInfo.GetProvided(names) switch
                {
                    ProvidedState.Provided => "true",
                    ProvidedState.NotProvided => "false",
                    ProvidedState.Unknown => "null",
                    _ => "undefined",
                },
                _ => "undefined",
            };
        context.Source.Replace(Start, End - 1, value);
    }

    private static string UsedExports(ExportsInfo exportsInfo, TemplateContext context) => exportsInfo.GetUsedExports(context.Runtime) switch
    {
        { Kind: UsedExportsKind.NoInfo } => "null",
        { Kind: UsedExportsKind.Unknown } => "true",
        { Kind: UsedExportsKind.None } => "false",
        // webpack sorts the names (JavaScript's default sort: by UTF-16 code units).
        var used => Array([.. used.Names!.Order(StringComparer.Ordinal)]),
    };

    private static string Literal(bool? value) => value switch { true => "true", false => "false", null => "undefined" };

    private static string Array(IReadOnlyList<string> items)
    {
        var builder = new System.Text.StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(CodeGenerationContext.JsonString(items[i]));
        }
        return builder.Append(']').ToString();
    }
}
