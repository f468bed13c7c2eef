// JSON options for syntax trees: real programs nest far deeper than System.Text.Json's default 64.

using System.Text.Json;

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>Reader and writer options that accept the depth of real programs' trees.</summary>
internal static class DeepJson
{
    private const int MaxDepth = 100_000;

    /// <summary>Options to parse a deep tree.</summary>
    public static JsonDocumentOptions Document { get; } = new() { MaxDepth = MaxDepth };

    /// <summary>Options to write a deep tree.</summary>
    public static JsonSerializerOptions Serializer { get; } = new() { MaxDepth = MaxDepth };
}
