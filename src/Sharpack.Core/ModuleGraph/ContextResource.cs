// Where a context's files come from, as webpack's ContextModule options resource, resourceQuery
// and resourceFragment: the folders the context request resolved to (several when an alias has
// an array of targets or resolve.modules has several folders; none when every one was ignored)
// and the query and fragment written after the request, which every element request gets too.

namespace Sharpack.Core.ModuleGraph;

/// <summary>The folders of a context and the query and fragment of its request.</summary>
/// <param name="Directories">The folders, earlier ones first (a file in an earlier one wins); empty when the context was ignored (webpack's resource <c>false</c>).</param>
/// <param name="Query">The request's query with its <c>?</c>, or "".</param>
/// <param name="Fragment">The request's fragment with its <c>#</c>, or "".</param>
/// <param name="Addon">
/// The inline loaders written before the folder (<c>./loader?q!./dir/</c>), resolved to their files
/// and ending with <c>!</c>, with the request's leading <c>!</c>s (webpack's addon); every element
/// request starts with it. "" when there are none.
/// </param>
public sealed record ContextResource(IReadOnlyList<string> Directories, string Query = "", string Fragment = "", string Addon = "")
{
    /// <summary>
    /// The context's request as the user wrote it (<c>#configs</c>, <c>./dir</c>) without its query
    /// and fragment, or null when unknown: an element's original request is this joined to its own
    /// (webpack's contextRequest).
    /// </summary>
    public string? Request { get; init; }
}
