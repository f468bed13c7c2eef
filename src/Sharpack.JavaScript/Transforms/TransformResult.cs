// What the transform returns: the JavaScript, or the syntax error, and how the output maps back.

using Sharpack.JavaScript.Diagnostics;

namespace Sharpack.JavaScript.Transforms;

/// <summary>
/// One run of the output: from <see cref="Generated"/> on, the output is the source from
/// <see cref="Original"/> on (character for character) when <see cref="Copied"/>, or code the
/// transform wrote for the source at <see cref="Original"/> when not.
/// </summary>
/// <param name="Generated">Offset in the output.</param>
/// <param name="Original">Offset in the source.</param>
/// <param name="Copied">The run is source text; otherwise generated code.</param>
public readonly record struct TransformSegment(int Generated, int Original, bool Copied);

/// <summary>The result of <see cref="SourceTransformer.Transform"/>.</summary>
public sealed class TransformResult
{
    internal TransformResult(string code, IReadOnlyList<TransformSegment> segments, SyntaxError? error, LineTable lines)
    {
        Code = code;
        Segments = segments;
        Error = error;
        Lines = lines;
    }

    /// <summary>The JavaScript (empty after an error).</summary>
    public string Code { get; }

    /// <summary>How the output maps back to the source, in output order.</summary>
    public IReadOnlyList<TransformSegment> Segments { get; }

    /// <summary>The syntax error, or null.</summary>
    public SyntaxError? Error { get; }

    /// <summary>The source's line table (for the error's code frame and for source maps).</summary>
    public LineTable Lines { get; }
}
