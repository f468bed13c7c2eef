// A syntax or early error found while parsing, with the position it applies to.

namespace Sharpack.JavaScript.Diagnostics;

/// <summary>A syntax error (or an early error) at a position in the source.</summary>
public sealed class SyntaxError(string message, int offset, int line, int column, string? fileName)
{
    /// <summary>What is wrong, without the position (e.g. "Unexpected token").</summary>
    public string Message { get; } = message;

    /// <summary>UTF-16 offset of the error in the source.</summary>
    public int Offset { get; } = offset;

    /// <summary>1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column, in UTF-16 code units.</summary>
    public int Column { get; } = column;

    /// <summary>The file the source came from, if known.</summary>
    public string? FileName { get; } = fileName;

    /// <summary>The error is module syntax (import/export, import.meta) met while parsing a script.</summary>
    public bool IsModuleSyntaxInScript =>
        Message is ModuleSyntaxMessage or ImportMetaMessage;

    internal const string ModuleSyntaxMessage = "'import' and 'export' may appear only with 'sourceType: module'";
    internal const string ImportMetaMessage = "Cannot use 'import.meta' outside a module";

    /// <summary><c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{FileName ?? "<input>"}:{Line}:{Column}: {Message}";
}
