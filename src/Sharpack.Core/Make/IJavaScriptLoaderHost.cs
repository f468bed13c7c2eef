// Where JavaScript loaders run: a node process the command line starts the first time a module
// needs one (Sharpack.Cli/Loaders/NodeLoaderHost.cs). Core knows only this shape. The loader
// runner hands the host whole runs of consecutive JavaScript loaders rather than one loader at a
// time, so a chain of JavaScript loaders (the common case: every loader of the chain) costs one
// round trip per module: node pitches them, reads the resource from the bytes sent along, runs
// their normal phase and answers the result. Only a chain that mixes C# and JavaScript loaders
// crosses more than once (the pitch of a run, later its normal phase), and the host keeps the
// run's pitch data (`this.data`) in between.

namespace Sharpack.Core.Make;

/// <summary>Runs JavaScript loaders for the loader runner.</summary>
public interface IJavaScriptLoaderHost
{
    /// <summary>
    /// Runs one step of <paramref name="context"/>'s chain (loaders <see cref="JavaScriptLoaderStep.Start"/>
    /// to <see cref="JavaScriptLoaderStep.End"/>, all JavaScript), blocking until it is done. What the
    /// loaders report on the way (dependencies, warnings, errors, emitted files, cacheable) is applied
    /// to <paramref name="context"/> before it returns; a request a loader resolves is answered by
    /// <see cref="LoaderContext.Resolve"/>, from another thread.
    /// </summary>
    JavaScriptLoaderOutcome Run(LoaderContext context, JavaScriptLoaderStep step);

    /// <summary>Forgets what the host keeps for <paramref name="context"/> (pitch data of loaders whose normal phase will not run).</summary>
    void Release(LoaderContext context);
}

/// <summary>Which phase of loader-runner a step runs.</summary>
public enum JavaScriptLoaderPhase
{
    /// <summary>
    /// Pitch loaders Start to End−1, left to right. A pitch that returns a result runs the normal
    /// phase from the loader left of it down to Start. When End is the end of the chain and no pitch
    /// answered, the resource (<see cref="JavaScriptLoaderStep.Resource"/>) is read and the normal
    /// phase runs from End−1 down to Start. Otherwise the step answers no result: pitching goes on.
    /// </summary>
    Pitch,

    /// <summary>The normal phase from End−1 down to Start, on <see cref="JavaScriptLoaderStep.Input"/>.</summary>
    Normal,
}

/// <summary>One step the loader runner asks of a <see cref="IJavaScriptLoaderHost"/>.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Start">The first (leftmost) loader of the run.</param>
/// <param name="End">One past the last loader of the run.</param>
public sealed record JavaScriptLoaderStep(JavaScriptLoaderPhase Phase, int Start, int End)
{
    /// <summary>For <see cref="JavaScriptLoaderPhase.Normal"/>: the content from the loader right of the run, or the resource.</summary>
    public LoaderResult? Input { get; init; }

    /// <summary>
    /// For a pitch step that ends the chain: the resource's bytes, handed to the rightmost loader if no
    /// pitch answers; null when the module has no resource path (the loaders then get null content).
    /// </summary>
    public byte[]? Resource { get; init; }

    /// <summary>With <see cref="Resource"/>: the source map a rule's <c>extractSourceMap</c> read for it (JSON), handed to the rightmost loader with it; null when none.</summary>
    public string? ResourceSourceMap { get; init; }

    /// <summary>Why the resource could not be read (the step then fails when it reaches the resource), or null.</summary>
    public string? ResourceError { get; init; }
}

/// <summary>What a <see cref="JavaScriptLoaderStep"/> produced.</summary>
public sealed record JavaScriptLoaderOutcome
{
    /// <summary>The content the step ends with; null after a pitch step that went on past its run, or a failure.</summary>
    public LoaderResult? Result { get; init; }

    /// <summary>True when the step reached the resource (it becomes a file dependency).</summary>
    public bool ResourceRead { get; init; }

    /// <summary>The loader that failed (index in the chain); meaningful with <see cref="Error"/>.</summary>
    public int FailedLoader { get; init; }

    /// <summary>
    /// The failure as webpack's ModuleBuildError words it after its "from" line (the error's stack
    /// up to the loader runner's frames, or its message), or null when the step succeeded.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>More about the failure (a stack hidden from the message), or null.</summary>
    public string? ErrorDetails { get; init; }

    /// <summary>True when the failure has no loader to name (webpack's "Module build failed: " without "from").</summary>
    public bool ErrorWithoutLoader { get; init; }
}
