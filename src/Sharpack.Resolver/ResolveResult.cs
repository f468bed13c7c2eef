// What Resolver.Resolve returns: the file (path, query and fragment kept apart), the nearest
// description file, and every path the resolution looked at (for watch mode: a file that appears
// at a missing path, or a change to a looked-at one, can change the answer) — or the error.

namespace Sharpack.Resolver;

/// <summary>The outcome of one resolution.</summary>
public sealed class ResolveResult
{
    internal ResolveResult(ResolveResultKind kind, string request, string context)
    {
        Kind = kind;
        Request = request;
        Context = context;
    }

    /// <summary>What this result holds.</summary>
    public ResolveResultKind Kind { get; }

    /// <summary>The request as given.</summary>
    public string Request { get; }

    /// <summary>The directory it was resolved in.</summary>
    public string Context { get; }

    /// <summary>The resolved file (real path when symlinks are followed); null unless <see cref="ResolveResultKind.Resolved"/>.</summary>
    public string? Path { get; internal init; }

    /// <summary>The query, with its <c>?</c>, or "".</summary>
    public string Query { get; internal init; } = "";

    /// <summary>The fragment, with its <c>#</c>, or "".</summary>
    public string Fragment { get; internal init; } = "";

    /// <summary>The nearest description file (package.json) of the result, when there is one.</summary>
    public DescriptionFile? DescriptionFile { get; internal init; }

    /// <summary>Existing files and folders the resolution read.</summary>
    public IReadOnlyList<string> FileDependencies { get; internal init; } = [];

    /// <summary>Paths that were tried and did not exist (or were of the wrong kind).</summary>
    public IReadOnlyList<string> MissingDependencies { get; internal init; } = [];

    /// <summary>The error message (webpack's wording), when <see cref="Kind"/> is <see cref="ResolveResultKind.Error"/>.</summary>
    public string? Error { get; internal init; }

    /// <summary>True when a file was found.</summary>
    public bool IsResolved => Kind == ResolveResultKind.Resolved;

    /// <summary>Path, query and fragment as one string (webpack's resource), "false" when ignored, the request for a data URI or built-in.</summary>
    public string FullPath => Kind switch
    {
        ResolveResultKind.Resolved => string.Concat(Path, Query, Fragment),
        ResolveResultKind.Ignored => "false",
        ResolveResultKind.Error => "",
        _ => Request,
    };

    /// <inheritdoc />
    public override string ToString() => Kind == ResolveResultKind.Error ? "error: " + Error : FullPath;
}
