// The outcome of normalizing one configuration: the options when it was valid, and every error
// and warning found on the way (all of them, not just the first), worded like webpack's schema
// validation so a webpack user recognizes them.

namespace Sharpack.Core.Options;

/// <summary>The result of <see cref="OptionsNormalizer.Normalize"/>.</summary>
public sealed class NormalizedOptions
{
    /// <summary>The first line of the combined error message, as webpack words it.</summary>
    public const string ErrorHeader =
        "Invalid configuration object. Sharpack has been initialized using a configuration object that does not match the API schema.";

    internal NormalizedOptions(SharpackOptions? options, IReadOnlyList<string> errors, IReadOnlyList<string> warnings)
    {
        Options = options;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The normalized options; null when there were errors.</summary>
    public SharpackOptions? Options { get; }

    /// <summary>
    /// Each problem on its own, e.g. <c>configuration.output.filename should be a non-empty string.</c>
    /// </summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Options that were accepted but have no effect (e.g. <c>plugins</c>), and the missing mode.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when there were no errors.</summary>
    public bool Success => Errors.Count == 0;

    /// <summary>
    /// All errors in one message: <see cref="ErrorHeader"/>, then one <c> - </c> line per error
    /// (continuation lines indented by three spaces), as webpack prints them.
    /// </summary>
    public string FormatErrors()
    {
        var builder = new System.Text.StringBuilder(ErrorHeader);
        foreach (var error in Errors)
        {
            builder.Append("\n - ");
            builder.Append(error.Replace("\n", "\n   ", StringComparison.Ordinal));
        }
        return builder.ToString();
    }
}
