// Runs the parser on one input and turns an exception into a value, so a test over thousands of
// inputs can report every input that threw instead of stopping at the first.

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>The outcome of one parse: a result, or the exception the parser threw.</summary>
internal readonly record struct ParseOutcome(ParseResult? Result, Exception? Exception)
{
    /// <summary>True when the parser returned a program.</summary>
    public bool Accepted => Result?.Program is not null;

    /// <summary>A one-line description of a failure to parse (the error, or the exception).</summary>
    public string Describe() =>
        Exception is not null ? $"threw {Exception.GetType().Name}: {Exception.Message}"
        : Result?.Error is { } error ? $"error {error.Line}:{error.Column}: {error.Message}"
        : Result?.Program is not null ? "accepted"
        : "returned neither a program nor an error";
}

/// <summary>Parses without letting an exception escape.</summary>
internal static class SafeParse
{
    /// <summary>Parses <paramref name="source"/> and catches whatever the parser throws.</summary>
    public static ParseOutcome Run(string source, SourceType sourceType, bool jsx = false, string? fileName = null)
    {
        try
        {
            return new ParseOutcome(
                JavaScriptParser.Parse(source, new ParseOptions { SourceType = sourceType, Jsx = jsx, FileName = fileName }),
                null);
        }
        catch (Exception exception)
        {
            return new ParseOutcome(null, exception);
        }
    }
}
