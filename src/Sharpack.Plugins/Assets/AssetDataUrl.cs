// Follows webpack's AssetGenerator.generateDataUri: an inlined asset is
// `data:<mimetype>[;base64],<content>`. The mimetype is generator.dataUrl.mimetype, a data: URI
// resource's own, or the extension's in mime-db; the encoding is generator.dataUrl.encoding
// (base64 by default, false for percent-encoding), or a data: URI resource's own, whose content is
// kept as written when it decodes to the same bytes. generator.dataUrl may also be a function of
// (content, { filename, module }) that returns the whole URL.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Assets;

/// <summary>Writes an asset module's data: URL.</summary>
public static class AssetDataUrl
{
    /// <summary>The data: URL of <paramref name="module"/>'s content.</summary>
    /// <exception cref="InvalidOperationException">No mimetype is known for the module (webpack's error, naming the way out).</exception>
    public static string Create(AssetModule module, SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(options);
        var content = module.Content.Span;
        var dataUrl = module.GeneratorOptions?["dataUrl"];
        if (JsFunction.IsHandle(dataUrl))
        {
            var function = options.ModuleFunctions?.Resolve(dataUrl)
                ?? throw new InvalidOperationException($"generator.dataUrl of {module.ReadableName} is a function, and no JavaScript runs beside this build to call it.");
            var answer = function.Call(module.ContentArgument(), new JsonObject { ["filename"] = module.Resource, ["module"] = module.ModuleData() });
            return answer is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : throw new InvalidOperationException($"{function.OptionPath} returned {answer?.ToJsonString() ?? "undefined"} for {module.ReadableName}; it should return a data: URL string.");
        }
        var resource = ParseDataUri(module.Resource);
        // "base64", or false (percent-encoding): the option's, else the data: URI's own, else base64.
        var encodingNode = dataUrl?["encoding"];
        var encoding = encodingNode is null ? resource?.Encoding ?? "base64"
            : encodingNode.GetValueKind() == JsonValueKind.False ? "" : encodingNode.GetValue<string>();
        var mimeType = dataUrl?["mimetype"] is JsonValue mime && mime.GetValueKind() == JsonValueKind.String ? mime.GetValue<string>() : MimeTypeOf(module, resource);
        string encoded;
        if (resource is { } data && data.Encoding == encoding && DataUri.Decode(module.Resource) is { } decoded && decoded.AsSpan().SequenceEqual(content))
            encoded = data.EncodedContent;
        else
            encoded = encoding == "base64" ? Convert.ToBase64String(content) : EncodeUriComponent(Encoding.UTF8.GetString(content));
        return "data:" + mimeType + (encoding.Length > 0 ? ";" + encoding : "") + "," + encoded;
    }

    private static string MimeTypeOf(AssetModule module, DataUriParts? resource)
    {
        if (resource is { } data)
            return data.MimeType + data.Parameters;
        var name = module.NameForCondition ?? module.ResourcePath;
        var slash = name.LastIndexOf('/');
        var dot = name.LastIndexOf('.');
        if (dot > slash + 1)
        {
            var extension = name[dot..];
            return MimeTypes.Lookup(extension) ?? throw new InvalidOperationException(
                "DataUrl can't be generated automatically, " +
                $"because there is no mimetype for \"{extension}\" in mimetype database. " +
                "Either pass a mimetype via \"generator.mimetype\" or " +
                "use type: \"asset/resource\" to create a resource file instead of a DataUrl");
        }
        throw new InvalidOperationException("DataUrl can't be generated automatically. " +
            "Either pass a mimetype via \"generator.mimetype\" or " +
            "use type: \"asset/resource\" to create a resource file instead of a DataUrl");
    }

    // encodeURIComponent, with !'()* escaped too (webpack's encodeDataUri for encoding false).
    private static string EncodeUriComponent(string text)
    {
        var escaped = Uri.EscapeDataString(text);
        var builder = new StringBuilder(escaped.Length);
        foreach (var c in escaped)
        {
            switch (c)
            {
                case '!': builder.Append("%21"); break;
                case '\'': builder.Append("%27"); break;
                case '(': builder.Append("%28"); break;
                case ')': builder.Append("%29"); break;
                case '*': builder.Append("%2a"); break;
                default: builder.Append(c); break;
            }
        }
        // Uri.EscapeDataString writes "*" as "%2A"; webpack's replacement writes it in lower case.
        return builder.Replace("%2A", "%2a").ToString();
    }

    private readonly record struct DataUriParts(string MimeType, string Parameters, string Encoding, string EncodedContent);

    // webpack's DataUriPlugin: /^data:([^;,]+)?((?:;[^;,]+)*?)(?:;(base64)?)?,(.*)$/i.
    private static DataUriParts? ParseDataUri(string uri)
    {
        if (!uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return null;
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
            return null;
        var header = uri["data:".Length..comma];
        var encoding = "";
        if (header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            encoding = "base64";
            header = header[..^";base64".Length];
        }
        else if (header.EndsWith(';'))
        {
            header = header[..^1];
        }
        var semicolon = header.IndexOf(';', StringComparison.Ordinal);
        var mimeType = semicolon < 0 ? header : header[..semicolon];
        var parameters = semicolon < 0 ? "" : header[semicolon..];
        return new DataUriParts(mimeType, parameters, encoding, uri[(comma + 1)..]);
    }
}
