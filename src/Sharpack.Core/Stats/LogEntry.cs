// A message of a named logger (webpack's compilation.getLogger(name)), printed under
// "LOG from NAME" when stats.logging lets its type through.

namespace Sharpack.Core.Stats;

/// <summary>The types of log entries, most important first (webpack's LogType, in its order of levels).</summary>
public enum LogType
{
    /// <summary><c>logger.error</c>.</summary>
    Error,

    /// <summary><c>logger.warn</c>.</summary>
    Warn,

    /// <summary><c>logger.info</c>: shown by default.</summary>
    Info,

    /// <summary><c>logger.log</c>: shown with <c>stats.logging: "log"</c> or more.</summary>
    Log,

    /// <summary><c>logger.debug</c>: shown with <c>stats.logging: "verbose"</c>.</summary>
    Debug,
}

/// <summary>One message of the logger <paramref name="Origin"/>.</summary>
public sealed record LogEntry(string Origin, LogType Type, string Message);
