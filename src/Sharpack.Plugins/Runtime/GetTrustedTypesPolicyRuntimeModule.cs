// Follows webpack lib/runtime/GetTrustedTypesPolicyRuntimeModule.js: `__webpack_require__.tt`, the
// Trusted Types policy, created once under output.trustedTypes.policyName where the environment has
// Trusted Types (a failure throws, or warns with onPolicyCreationFailure "continue").

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>
/// <c>__webpack_require__.tt</c>: the policy, made on first use with the functions its runtime
/// chunk needs (read when the module is generated, from the chunk's final requirements).
/// </summary>
public sealed class GetTrustedTypesPolicyRuntimeModule : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/trusted types policy";

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = context.Options.Output;
        var arrows = output.Environment.ArrowFunction;
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        var functions = new List<string>(2);
        if (requirements.HasAny(RuntimeGlobals.CreateScript))
            functions.Add("\t\tcreateScript: " + FunctionSyntax.Returning("script", arrows, "script"));
        if (requirements.HasAny(RuntimeGlobals.CreateScriptUrl))
            functions.Add("\t\tcreateScriptURL: " + FunctionSyntax.Returning("url", arrows, "url"));
        var builder = new System.Text.StringBuilder();
        builder.Append(output.Environment.Const ? "let" : "var").Append(" policy;\n");
        builder.Append("__webpack_require__.tt = ").Append(FunctionSyntax.Head("", arrows)).Append("{\n");
        builder.Append("\t// Create Trusted Type policy if Trusted Types are available and the policy doesn't exist yet.\n");
        builder.Append("\tif (policy === undefined) {\n");
        builder.Append("\t\tpolicy = {\n").Append(string.Join(",\n", functions.Select(f => "\t" + f))).Append(functions.Count > 0 ? "\n" : "").Append("\t\t};\n");
        if (output.TrustedTypes is { } trustedTypes)
        {
            var name = CodeGenerationContext.JsonString(trustedTypes.PolicyName);
            builder.Append("\t\tif (typeof trustedTypes !== \"undefined\" && trustedTypes.createPolicy) {\n");
            if (trustedTypes.ContinueOnFailure)
            {
                builder.Append("\t\t\ttry {\n\t\t\t\tpolicy = trustedTypes.createPolicy(").Append(name).Append(", policy);\n");
                builder.Append("\t\t\t} catch (e) {\n\t\t\t\tconsole.warn('Could not create trusted-types policy ").Append(name).Append("');\n\t\t\t}\n");
            }
            else
            {
                builder.Append("\t\t\tpolicy = trustedTypes.createPolicy(").Append(name).Append(", policy);\n");
            }
            builder.Append("\t\t}\n");
        }
        builder.Append("\t}\n\treturn policy;\n};");
        return builder.ToString();
    }
}
