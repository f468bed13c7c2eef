// Follows webpack lib/NormalModuleFactory.js (the factorize hook's request parsing): a request
// may carry a match resource (`x!=!rest`), a prefix that drops configured loaders (`-!` the pre
// loaders and normal ones, `!` the normal ones, `!!` all of them), and inline loaders
// (`a?query!b!./resource`). Most requests have no `!` and never get here.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Make;

/// <summary>A request split into its match resource, loader prefix flags, inline loaders and resource.</summary>
internal readonly record struct InlineLoaderRequest(
    string Resource,
    IReadOnlyList<LoaderItem> Loaders,
    string? MatchResource,
    bool NoPreAutoLoaders,
    bool NoAutoLoaders,
    bool NoPrePostAutoLoaders)
{
    /// <summary>
    /// Splits <paramref name="request"/>; a match resource starting with <c>./</c> or <c>../</c> is
    /// joined to <paramref name="context"/>. A request with a scheme (<c>data:</c>) is left whole.
    /// </summary>
    public static InlineLoaderRequest Parse(string request, string context)
    {
        string? matchResource = null;
        var rest = request;
        if (HasScheme(request))
            return new InlineLoaderRequest(request, [], null, false, false, false);
        var marker = request.IndexOf("!=!", StringComparison.Ordinal);
        // webpack's /^([^!]+)!=!/: the match resource has no "!" of its own and is not empty.
        if (marker > 0 && request.IndexOf('!') == marker)
        {
            matchResource = request[..marker];
            if (matchResource.StartsWith("./", StringComparison.Ordinal) || matchResource.StartsWith("../", StringComparison.Ordinal))
                matchResource = Path.GetFullPath(Path.Combine(context, matchResource));
            rest = request[(marker + 3)..];
        }
        if (HasScheme(rest))
            return new InlineLoaderRequest(rest, [], matchResource, false, false, false);
        var noPreAutoLoaders = rest.StartsWith("-!", StringComparison.Ordinal);
        var noAutoLoaders = noPreAutoLoaders || rest.StartsWith('!');
        var noPrePostAutoLoaders = rest.StartsWith("!!", StringComparison.Ordinal);
        var start = noPreAutoLoaders || noPrePostAutoLoaders ? 2 : noAutoLoaders ? 1 : 0;
        // webpack splits at /!+/: runs of "!" separate, and empty elements do not occur inside.
        var elements = rest[start..].Split('!', StringSplitOptions.RemoveEmptyEntries);
        var resource = rest.EndsWith('!') || elements.Length == 0 ? "" : elements[^1];
        var count = resource.Length == 0 ? elements.Length : elements.Length - 1;
        var loaders = new LoaderItem[count];
        for (var i = 0; i < count; i++)
            loaders[i] = Item(elements[i]);
        return new InlineLoaderRequest(resource, loaders, matchResource, noPreAutoLoaders, noAutoLoaders, noPrePostAutoLoaders);
    }

    /// <summary>A loader named as <c>name?query</c> (inline, or a string in a rule's <c>use</c>).</summary>
    public static LoaderItem Item(string element)
    {
        var query = element.IndexOf('?');
        return query < 0 ? new LoaderItem(element) : new LoaderItem(element[..query], element[(query + 1)..]);
    }

    // Follows webpack's getScheme: a letter, then letters, digits, "+", "-" or ".", then ":",
    // at least two characters before the colon (so C:\ is not a scheme).
    private static bool HasScheme(string specifier)
    {
        if (specifier.Length == 0 || !char.IsAsciiLetter(specifier[0]))
            return false;
        var i = 1;
        while (i < specifier.Length && (char.IsAsciiLetterOrDigit(specifier[i]) || specifier[i] is '+' or '-' or '.'))
            i++;
        return i > 1 && i < specifier.Length && specifier[i] == ':';
    }
}
