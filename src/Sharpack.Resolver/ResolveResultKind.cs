// The kinds of answer a resolution gives.

namespace Sharpack.Resolver;

/// <summary>What a <see cref="ResolveResult"/> holds.</summary>
public enum ResolveResultKind : byte
{
    /// <summary>A file was found: <see cref="ResolveResult.Path"/>.</summary>
    Resolved,

    /// <summary>The module is ignored (an alias or the browser field maps it to <c>false</c>).</summary>
    Ignored,

    /// <summary>A <c>data:</c> URI; webpack builds it from the URI itself.</summary>
    DataUri,

    /// <summary>A <c>node:</c> built-in module (e.g. <c>node:fs</c>).</summary>
    Builtin,

    /// <summary>Nothing found, or an invalid package configuration: <see cref="ResolveResult.Error"/>.</summary>
    Error,
}
