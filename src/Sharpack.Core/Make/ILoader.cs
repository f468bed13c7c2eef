// A loader written in C#: webpack's loader module (a normal function, an optional `pitch`, and
// `raw`) as an interface. The loader runner calls PitchAsync left to right, then RunAsync right to
// left; a loader that runs elsewhere (a JavaScript loader in a node worker) fits behind the same
// interface, as a proxy that sends the context and content over and returns the answer.

namespace Sharpack.Core.Make;

/// <summary>A loader: transforms a module's source before it is parsed.</summary>
public interface ILoader
{
    /// <summary>True when the loader wants the content as bytes (webpack's <c>module.exports.raw = true</c>); otherwise it gets text.</summary>
    bool Raw => false;

    /// <summary>
    /// The pitching phase, before any loader's <see cref="RunAsync"/>: a result short-circuits the
    /// chain (the loaders right of this one and the resource are skipped, and the loaders left of
    /// it run on the result); null goes on. <see cref="LoaderContext.Data"/> is shared with this
    /// loader's <see cref="RunAsync"/>.
    /// </summary>
    ValueTask<LoaderResult?> PitchAsync(LoaderContext context) => ValueTask.FromResult<LoaderResult?>(null);

    /// <summary>The normal phase: turns the content (and source map) from the loader to the right, or the resource, into new content.</summary>
    ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input);
}
