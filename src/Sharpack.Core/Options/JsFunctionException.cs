// What a call into a configuration's JavaScript function raises: the function threw (its message
// and JavaScript stack kept), answered something unusable, or node could not be reached. Callers turn it into a build error
// naming the option, never a crash.

namespace Sharpack.Core.Options;

/// <summary>A <see cref="JsFunction"/> call failed.</summary>
public sealed class JsFunctionException : Exception
{
    /// <summary>A failure of the function at <paramref name="optionPath"/>: <paramref name="error"/> is what JavaScript threw, <paramref name="jsStack"/> its stack.</summary>
    public JsFunctionException(string optionPath, string error, string? jsStack)
        : this(optionPath, error, jsStack, $"{optionPath} threw {error}")
    {
    }

    private JsFunctionException(string optionPath, string error, string? jsStack, string message)
        : base(message)
    {
        OptionPath = optionPath;
        Error = error;
        JsStack = jsStack;
    }

    /// <summary>
    /// A call that did not throw but failed all the same: <paramref name="problem"/> says how
    /// (<c>returned 42; it should return a string</c>, <c>cannot be called: node exited</c>).
    /// </summary>
    public static JsFunctionException Failed(string optionPath, string problem) =>
        new(optionPath, problem, null, $"{optionPath} {problem}");

    /// <summary>Where the configuration holds the function.</summary>
    public string OptionPath { get; }

    /// <summary>What JavaScript threw, as <c>String(error)</c> (e.g. <c>Error: boom</c>).</summary>
    public string Error { get; }

    /// <summary>The JavaScript stack, when there was one.</summary>
    public string? JsStack { get; }

    /// <summary>The message and, when known, the JavaScript stack below it: what a build error shows.</summary>
    public string Describe() => JsStack is { Length: > 0 } stack ? Message + "\n" + stack : Message;
}
