// Follows webpack lib/NormalModuleFactory.js (LoaderItem, loaderToIdent): one loader of a module's
// chain, as a rule's `use`/`loader` or an inline `loader?query!` names it, with its options. Its
// ident is how it is written into the module's request, and so into the module's identifier.

using System.Text.Json.Nodes;

namespace Sharpack.Core.ModuleGraph;

/// <summary>One loader of a module's loader chain, with its options.</summary>
/// <param name="Loader">The loader's name or path (the part before <c>?</c>), e.g. <c>my-loader</c>.</param>
/// <param name="Query">String options: an inline <c>?query</c> (without the <c>?</c>) or a rule's string <c>options</c>; null when none.</param>
/// <param name="Options">Object options from a rule (<c>options: { … }</c>); null when none.</param>
/// <param name="Ident">The name object options go by in the request (a rule's <c>ident</c>, or its path, e.g. <c>ruleSet[1].rules[0].use[0]</c>).</param>
public sealed record LoaderItem(string Loader, string? Query = null, JsonObject? Options = null, string? Ident = null)
{
    /// <summary>
    /// How a JavaScript loader's file is loaded (webpack's loader type): <c>module</c> (an ES module,
    /// by <c>import()</c>), <c>commonjs</c>, or null (by <c>require</c>). Set when the loader is resolved.
    /// </summary>
    public string? Type { get; init; }

    /// <summary>
    /// The loader as webpack writes it into a request: <c>loader</c>, <c>loader?query</c>,
    /// <c>loader??ident</c> for object options with an ident, else <c>loader?{json}</c>.
    /// </summary>
    public string ToIdent()
    {
        if (Query is not null)
            return Query.Length == 0 ? Loader : Loader + "?" + Query;
        if (Options is null)
            return Loader;
        return Ident is not null ? Loader + "??" + Ident : Loader + "?" + Options.ToJsonString();
    }
}
