// What a call into a configuration's JavaScript function raises: the function threw (its message
// and JavaScript stack kept), or node could not be reached. Callers turn it into a build error
// naming the option, never a crash.

namespace Sharpack.Core.Options;

/// <summary>A <see cref="JsFunction"/> call failed.</summary>
public sealed class JsFunctionException : Exception
{
    /// <summary>A failure of the function at <paramref name="optionPath"/>: <paramref name="error"/> is what JavaScript threw, <paramref name="jsStack"/> its stack.</summary>
    public JsFunctionException(string optionPath, string error, string? jsStack)
        : base($"{optionPath} threw {error}")
    {
        OptionPath = optionPath;
        Error = error;
        JsStack = jsStack;
    }

    /// <summary>Where the configuration holds the function.</summary>
    public string OptionPath { get; }

    /// <summary>What JavaScript threw, as <c>String(error)</c> (e.g. <c>Error: boom</c>).</summary>
    public string Error { get; }

    /// <summary>The JavaScript stack, when there was one.</summary>
    public string? JsStack { get; }

    /// <summary>The message and, when known, the JavaScript stack below it: what a build error shows.</summary>
    public string Describe() => JsStack is { Length: > 0 } stack ? Message + "\n" + stack : Message;
}
