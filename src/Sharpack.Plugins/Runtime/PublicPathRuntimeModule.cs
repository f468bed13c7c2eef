// Follows webpack lib/runtime/PublicPathRuntimeModule.js: `__webpack_require__.p`, the public
// path from output.publicPath ("auto" resolves to "" for node until automatic detection lands), or
// what a publicPath function answers for the build's hash.

using System.Text.Json.Nodes;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.p</c>.</summary>
public sealed class PublicPathRuntimeModule : TemplatedRuntimeModule
{
    /// <inheritdoc />
    /// <remarks>webpack's shouldIsolate() false: one statement in the runtime's scope.</remarks>
    public override bool ShouldIsolate => false;

    private readonly string? _publicPath;
    private readonly bool _dependsOnHashes;

    /// <summary>The public path of <c>output.publicPath</c> as a function, which is given the full hash.</summary>
    public PublicPathRuntimeModule(bool dependsOnHashes = false)
        : base("publicPath", "public_path") => _dependsOnHashes = dependsOnHashes;

    /// <summary>
    /// The public path <paramref name="publicPath"/> (an entry's or output's); a <c>[fullhash]</c> in
    /// it is filled with the build's hash (webpack's compilation.getPath).
    /// </summary>
    public PublicPathRuntimeModule(string publicPath)
        : base("publicPath", "public_path")
    {
        _publicPath = publicPath;
        _dependsOnHashes = publicPath.Contains("[fullhash", StringComparison.Ordinal) || publicPath.Contains("[hash", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override bool DependsOnHashes => _dependsOnHashes;

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var hash = context.FullHash.Length > 0 ? context.FullHash : "XXXX";
        string publicPath;
        if (_publicPath is not null)
        {
            publicPath = _dependsOnHashes ? Core.Seal.FullHashPlaceholders.Fill(_publicPath, hash, context.Options.Output) : _publicPath;
        }
        else if (context.Options.Output.PublicPathFunction is { } function)
        {
            // webpack's compilation.getPath(publicPath, { hash: compilation.hash || "XXXX" }).
            var answer = function.Call(new JsonObject { ["hash"] = hash }, new JsonObject());
            publicPath = answer is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? value.GetValue<string>()
                : throw JsFunctionException.Failed(function.OptionPath, $"returned {answer?.ToJsonString() ?? "undefined"}; it should return a string (the public path).");
        }
        else
        {
            publicPath = context.Options.Output.PublicPath;
            if (publicPath == "auto") publicPath = "";
        }
        return template.Replace("$PUBLIC_PATH$", CodeGenerationContext.JsonString(publicPath), StringComparison.Ordinal);
    }
}
