// ESTree statement and declaration nodes. Field names are ESTree's; see NodeType.
#pragma warning disable CS1591 // Members carry ESTree's names and meaning.

namespace Sharpack.JavaScript.Ast;

/// <summary>The root of a parsed script or module.</summary>
public sealed class Program(int start, int end, Node[] body, bool isModule) : Node(start, end)
{
    public override NodeType Type => NodeType.Program;
    public Node[] Body = body;
    public bool IsModule = isModule;
    /// <summary>True for a module, or a script that starts with a "use strict" directive.</summary>
    public bool IsStrict = isModule;
    public string SourceType => IsModule ? "module" : "script";
    /// <summary>TypeScriptTree parses only: annotations, <c>?</c> and decorators of bindings.</summary>
    internal Dictionary<Node, BindingTypes>? BindingTypes;
    /// <summary>The program contains <c>import.meta</c> (one of TypeScript's signs of a module).</summary>
    internal bool UsesImportMeta;
}

/// <summary>
/// What a TypeScriptTree parse knows about a binding (an Identifier or a pattern) besides the
/// binding itself; kept beside the tree so the frequent nodes stay small.
/// </summary>
internal readonly record struct BindingTypes(TSTypeAnnotation? Annotation, bool Optional, Decorator[]? Decorators);

public sealed class ExpressionStatement(int start, int end, Node expression, string? directive) : Node(start, end)
{
    public override NodeType Type => NodeType.ExpressionStatement;
    public Node Expression = expression;
    /// <summary>The directive's raw text without quotes, for a directive prologue entry.</summary>
    public string? Directive = directive;
}

public sealed class BlockStatement(int start, int end, Node[] body) : Node(start, end)
{
    public override NodeType Type => NodeType.BlockStatement;
    public Node[] Body = body;
}

public sealed class StaticBlock(int start, int end, Node[] body) : Node(start, end)
{
    public override NodeType Type => NodeType.StaticBlock;
    public Node[] Body = body;
}

public sealed class EmptyStatement(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.EmptyStatement;
}

public sealed class DebuggerStatement(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.DebuggerStatement;
}

public sealed class WithStatement(int start, int end, Node @object, Node body) : Node(start, end)
{
    public override NodeType Type => NodeType.WithStatement;
    public Node Object = @object;
    public Node Body = body;
}

public sealed class ReturnStatement(int start, int end, Node? argument) : Node(start, end)
{
    public override NodeType Type => NodeType.ReturnStatement;
    public Node? Argument = argument;
}

public sealed class LabeledStatement(int start, int end, Identifier label, Node body) : Node(start, end)
{
    public override NodeType Type => NodeType.LabeledStatement;
    public Identifier Label = label;
    public Node Body = body;
}

public sealed class BreakStatement(int start, int end, Identifier? label) : Node(start, end)
{
    public override NodeType Type => NodeType.BreakStatement;
    public Identifier? Label = label;
}

public sealed class ContinueStatement(int start, int end, Identifier? label) : Node(start, end)
{
    public override NodeType Type => NodeType.ContinueStatement;
    public Identifier? Label = label;
}

public sealed class IfStatement(int start, int end, Node test, Node consequent, Node? alternate) : Node(start, end)
{
    public override NodeType Type => NodeType.IfStatement;
    public Node Test = test;
    public Node Consequent = consequent;
    public Node? Alternate = alternate;
}

public sealed class SwitchStatement(int start, int end, Node discriminant, SwitchCase[] cases) : Node(start, end)
{
    public override NodeType Type => NodeType.SwitchStatement;
    public Node Discriminant = discriminant;
    public SwitchCase[] Cases = cases;
}

public sealed class SwitchCase(int start, int end, Node? test, Node[] consequent) : Node(start, end)
{
    public override NodeType Type => NodeType.SwitchCase;
    /// <summary>The case's test, or null for <c>default:</c>.</summary>
    public Node? Test = test;
    public Node[] Consequent = consequent;
}

public sealed class ThrowStatement(int start, int end, Node argument) : Node(start, end)
{
    public override NodeType Type => NodeType.ThrowStatement;
    public Node Argument = argument;
}

public sealed class TryStatement(int start, int end, BlockStatement block, CatchClause? handler, BlockStatement? finalizer) : Node(start, end)
{
    public override NodeType Type => NodeType.TryStatement;
    public BlockStatement Block = block;
    public CatchClause? Handler = handler;
    public BlockStatement? Finalizer = finalizer;
}

public sealed class CatchClause(int start, int end, Node? param, BlockStatement body) : Node(start, end)
{
    public override NodeType Type => NodeType.CatchClause;
    public Node? Param = param;
    public BlockStatement Body = body;
}

public sealed class WhileStatement(int start, int end, Node test, Node body) : Node(start, end)
{
    public override NodeType Type => NodeType.WhileStatement;
    public Node Test = test;
    public Node Body = body;
}

public sealed class DoWhileStatement(int start, int end, Node body, Node test) : Node(start, end)
{
    public override NodeType Type => NodeType.DoWhileStatement;
    public Node Body = body;
    public Node Test = test;
}

public sealed class ForStatement(int start, int end, Node? init, Node? test, Node? update, Node body) : Node(start, end)
{
    public override NodeType Type => NodeType.ForStatement;
    public Node? Init = init;
    public Node? Test = test;
    public Node? Update = update;
    public Node Body = body;
}

public sealed class ForInStatement(int start, int end, Node left, Node right, Node body) : Node(start, end)
{
    public override NodeType Type => NodeType.ForInStatement;
    public Node Left = left;
    public Node Right = right;
    public Node Body = body;
}

public sealed class ForOfStatement(int start, int end, Node left, Node right, Node body, bool isAwait) : Node(start, end)
{
    public override NodeType Type => NodeType.ForOfStatement;
    public Node Left = left;
    public Node Right = right;
    public Node Body = body;
    public bool Await = isAwait;
}

/// <summary>The kind of a variable declaration.</summary>
public enum VariableKind : byte
{
    /// <summary><c>var</c></summary>
    Var,
    /// <summary><c>let</c></summary>
    Let,
    /// <summary><c>const</c></summary>
    Const,
    /// <summary><c>using</c></summary>
    Using,
    /// <summary><c>await using</c></summary>
    AwaitUsing,
}

public sealed class VariableDeclaration(int start, int end, VariableDeclarator[] declarations, VariableKind kind) : Node(start, end)
{
    public override NodeType Type => NodeType.VariableDeclaration;
    public VariableDeclarator[] Declarations = declarations;
    public VariableKind Kind = kind;
    /// <summary>TypeScriptTree parses only: <c>declare var x: T;</c>.</summary>
    public bool Declare;
}

public sealed class VariableDeclarator(int start, int end, Node id, Node? init) : Node(start, end)
{
    public override NodeType Type => NodeType.VariableDeclarator;
    public Node Id = id;
    public Node? Init = init;
    /// <summary>TypeScriptTree parses only: <c>let x!: T</c>.</summary>
    public bool Definite;
}
