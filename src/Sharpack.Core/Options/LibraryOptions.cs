// Follows webpack's LibraryOptions (schemas/WebpackOptions.json, lib/config/normalization.js):
// `output.library` or an entry's `library` after normalization: how an entry's exports are
// exposed (its type), under which name, which of its exports, and the UMD/AMD details. The
// legacy output options (libraryTarget, libraryExport, umdNamedDefine, auxiliaryComment,
// amdContainer) are folded in here.

namespace Sharpack.Core.Options;

/// <summary>A normalized <c>output.library</c> (or an entry's <c>library</c>).</summary>
public sealed class LibraryOptions
{
    /// <summary>webpack's library types, in the schema's order.</summary>
    public static readonly string[] Types =
    [
        "var", "module", "modern-module", "assign", "assign-properties", "this", "window", "self", "global", "commonjs", "commonjs2", "commonjs-module",
        "commonjs-static", "amd", "amd-require", "umd", "umd2", "jsonp", "system",
    ];

    /// <summary>The library type (<c>var</c>, <c>umd</c>, <c>module</c>…).</summary>
    public required string Type { get; init; }

    /// <summary>The name, or null when unset.</summary>
    public LibraryName? Name { get; init; }

    /// <summary><c>export</c>: the path of the entry's export exposed instead of all of them; null for all.</summary>
    public IReadOnlyList<string>? Export { get; init; }

    /// <summary><c>umdNamedDefine</c>: the UMD wrapper names its AMD module.</summary>
    public bool UmdNamedDefine { get; init; }

    /// <summary><c>auxiliaryComment</c>: comments in the UMD wrapper, per branch; null for none.</summary>
    public LibraryAuxiliaryComment? AuxiliaryComment { get; init; }

    /// <summary><c>amdContainer</c>: the object whose <c>define</c>/<c>require</c> the AMD wrappers call.</summary>
    public string? AmdContainer { get; init; }

    /// <summary><c>umdAmdContainer</c>: the object whose <c>define</c> the UMD wrapper also tries.</summary>
    public string? UmdAmdContainer { get; init; }

    /// <summary>
    /// The options as webpack's <c>JSON.stringify(options)</c> would list them, for hashing: two
    /// libraries with equal text are equal.
    /// </summary>
    public override string ToString() =>
        Type + "|" + Name + "|" + (Export is null ? "" : string.Join(",", Export)) + "|" + UmdNamedDefine + "|" + AuxiliaryComment + "|" + AmdContainer + "|" + UmdAmdContainer;
}

/// <summary>
/// A library's name: a string, an array of strings (a path of properties), or an object of names
/// per module system (<c>{ root, amd, commonjs }</c>).
/// </summary>
public sealed class LibraryName
{
    /// <summary>The name as a string or an array (<see cref="IsArray"/>); null for an object name.</summary>
    public IReadOnlyList<string>? Parts { get; init; }

    /// <summary>True when the name was an array (<c>["a", "b"]</c>), false for a string.</summary>
    public bool IsArray { get; init; }

    /// <summary>True when the name was an object <c>{ root, amd, commonjs }</c>.</summary>
    public bool IsObject => Parts is null;

    /// <summary>An object name's <c>root</c> (a string is one part); null when unset.</summary>
    public IReadOnlyList<string>? Root { get; init; }

    /// <summary>An object name's <c>amd</c>.</summary>
    public string? Amd { get; init; }

    /// <summary>An object name's <c>commonjs</c>.</summary>
    public string? Commonjs { get; init; }

    /// <summary>A string name.</summary>
    public static LibraryName Of(string name) => new() { Parts = [name] };

    /// <inheritdoc />
    public override string ToString() => Parts is not null
        ? (IsArray ? "[" + string.Join(",", Parts) + "]" : Parts[0])
        : "{root:" + (Root is null ? "" : string.Join(",", Root)) + ",amd:" + Amd + ",commonjs:" + Commonjs + "}";
}

/// <summary>A UMD library's <c>auxiliaryComment</c>: one text for every branch, or one per branch.</summary>
public sealed class LibraryAuxiliaryComment
{
    /// <summary>The comment of the global (root) branch.</summary>
    public string? Root { get; init; }

    /// <summary>The comment of the CommonJS (<c>exports[name]</c>) branch.</summary>
    public string? Commonjs { get; init; }

    /// <summary>The comment of the CommonJS 2 (<c>module.exports</c>) branch.</summary>
    public string? Commonjs2 { get; init; }

    /// <summary>The comment of the AMD branch.</summary>
    public string? Amd { get; init; }

    /// <summary>The comment for <paramref name="branch"/> (<c>root</c>, <c>commonjs</c>, <c>commonjs2</c>, <c>amd</c>).</summary>
    public string? For(string branch) => branch switch
    {
        "root" => Root,
        "commonjs" => Commonjs,
        "commonjs2" => Commonjs2,
        "amd" => Amd,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Root + "," + Commonjs + "," + Commonjs2 + "," + Amd;
}
