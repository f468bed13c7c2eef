// Follows enhanced-resolve's ResolveRequest: the state one resolution step hands the next. Steps
// copy it with `with` and change a field or two, as the plugins spread `{ ...request }`. A null
// Request is enhanced-resolve's `undefined` (after a join), which some steps tell from "".

namespace Sharpack.Resolver;

/// <summary>The state of a resolution between two steps.</summary>
internal record struct Request
{
    public string? Path;
    public string? RequestText;
    public string Query;
    public string Fragment;
    public bool Directory;
    public bool Module;
    public bool Internal;
    public bool FullySpecified;
    public bool Ignored;
    public DescriptionFile? Description;
    public string? DescriptionRoot;
    public string? RelativePath;
    // The description file whose main fields were already tried (MainFieldPlugin's guard).
    public string? MainFieldTried;
}
