// The four answers of a resolution step (see Outcome).

namespace Sharpack.Resolver;

/// <summary>The kind of an <see cref="Outcome"/>.</summary>
internal enum OutcomeKind : byte
{
    Continue,
    Stop,
    Found,
    Error,
}
