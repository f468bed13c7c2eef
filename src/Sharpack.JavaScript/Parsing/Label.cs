// An entry of the label stack: a named label, or an unnamed loop/switch for break/continue.

namespace Sharpack.JavaScript.Parsing;

internal enum LabelKind : byte
{
    /// <summary>A label on a statement that is not a loop or switch.</summary>
    Statement,
    /// <summary>A loop: `continue` may target it.</summary>
    Loop,
    /// <summary>A switch: unlabeled `break` may target it.</summary>
    Switch,
}

internal struct Label(string? name, LabelKind kind, int statementStart)
{
    public string? Name = name;
    public LabelKind Kind = kind;
    public int StatementStart = statementStart;
}
