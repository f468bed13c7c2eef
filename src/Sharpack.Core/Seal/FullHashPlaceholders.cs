// `[fullhash]` and `[hash]` in a path that names no chunk or module (a public path, a stand-in's
// template), as webpack's getPath fills them with the compilation hash: `:length` cuts it, a
// `:digest` re-encodes it; other placeholders are left as written.

namespace Sharpack.Core.Seal;

/// <summary>Fills the compilation-hash placeholders of a path.</summary>
public static class FullHashPlaceholders
{
    /// <summary>
    /// What an <c>output.publicPath</c> function answers for the compilation hash <paramref name="hash"/>
    /// (webpack's getPath with <c>{ hash }</c>), or null when it answers no string.
    /// </summary>
    public static string? PublicPathFunction(Options.JsFunction function, string hash)
    {
        ArgumentNullException.ThrowIfNull(function);
        var answer = function.Call(new System.Text.Json.Nodes.JsonObject { ["hash"] = hash }, new System.Text.Json.Nodes.JsonObject());
        return answer is System.Text.Json.Nodes.JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;
    }

    /// <summary><paramref name="template"/> with <c>[fullhash]</c>/<c>[hash]</c> (and their <c>:digest</c>/<c>:length</c> forms) filled from <paramref name="hash"/>.</summary>
    public static string Fill(string template, string hash, Options.OutputOptions? output = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(hash);
        var hashDigest = output?.HashDigest ?? "hex";
        return PathPlaceholders.Replace(template, (key, argument, hasArgument) =>
        {
            if (key is not ("fullhash" or "hash"))
                return null;
            if (!hasArgument)
                return hash;
            var placeholder = key + ":" + argument.ToString();
            if (!FilenameTemplate.Parse(placeholder, out _, out var digest, out var length))
                return null;
            var value = FilenameTemplate.Digest(hash, hashDigest, digest);
            return length > 0 && length < value.Length ? value[..length] : value;
        });
    }
}
