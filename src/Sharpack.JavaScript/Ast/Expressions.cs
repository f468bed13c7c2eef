// ESTree expression nodes. Field names are ESTree's; see NodeType.
#pragma warning disable CS1591 // Members carry ESTree's names and meaning.

namespace Sharpack.JavaScript.Ast;

public sealed class Identifier(int start, int end, string name) : Node(start, end)
{
    public override NodeType Type => NodeType.Identifier;
    /// <summary>The name with Unicode escapes decoded.</summary>
    public string Name = name;
    /// <summary>The symbol this identifier declares or references, set by scope analysis; -1 before, or for a global (unresolved) reference and for non-binding names such as property keys.</summary>
    public int Symbol = -1;
}

public sealed class PrivateIdentifier(int start, int end, string name) : Node(start, end)
{
    public override NodeType Type => NodeType.PrivateIdentifier;
    /// <summary>The name without the leading <c>#</c>.</summary>
    public string Name = name;
}

/// <summary>What a literal holds.</summary>
public enum LiteralKind : byte
{
    /// <summary>A string; <see cref="Literal.StringValue"/>.</summary>
    String,
    /// <summary>A number; <see cref="Literal.NumberValue"/>.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>; <see cref="Literal.BooleanValue"/>.</summary>
    Boolean,
    /// <summary><c>null</c></summary>
    Null,
    /// <summary>A regular expression; <see cref="Literal.RegexPattern"/> and <see cref="Literal.RegexFlags"/>.</summary>
    RegExp,
    /// <summary>A BigInt; <see cref="Literal.StringValue"/> holds its decimal or prefixed digits without separators.</summary>
    BigInt,
}

/// <summary>A literal. Its raw text is the source between Start and End.</summary>
public sealed class Literal(int start, int end, LiteralKind kind) : Node(start, end)
{
    public override NodeType Type => NodeType.Literal;
    public LiteralKind Kind = kind;
    public string? StringValue;
    public double NumberValue;
    public bool BooleanValue;
    public string? RegexPattern;
    public string? RegexFlags;
}

public sealed class ThisExpression(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.ThisExpression;
}

public sealed class Super(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.Super;
}

public sealed class ArrayExpression(int start, int end, Node?[] elements) : Node(start, end)
{
    public override NodeType Type => NodeType.ArrayExpression;
    /// <summary>Elements; null for a hole.</summary>
    public Node?[] Elements = elements;
}

public sealed class ObjectExpression(int start, int end, Node[] properties) : Node(start, end)
{
    public override NodeType Type => NodeType.ObjectExpression;
    public Node[] Properties = properties;
}

/// <summary>The kind of an object literal property.</summary>
public enum PropertyKind : byte
{
    /// <summary><c>init</c></summary>
    Init,
    /// <summary><c>get</c></summary>
    Get,
    /// <summary><c>set</c></summary>
    Set,
}

public sealed class Property(int start, int end, Node key, Node value, PropertyKind kind, bool method, bool shorthand, bool computed) : Node(start, end)
{
    public override NodeType Type => NodeType.Property;
    public Node Key = key;
    public Node Value = value;
    public PropertyKind Kind = kind;
    public bool Method = method;
    public bool Shorthand = shorthand;
    public bool Computed = computed;
}

public sealed class UnaryExpression(int start, int end, Operator op, Node argument) : Node(start, end)
{
    public override NodeType Type => NodeType.UnaryExpression;
    public Operator Operator = op;
    public Node Argument = argument;
}

public sealed class UpdateExpression(int start, int end, Operator op, bool prefix, Node argument) : Node(start, end)
{
    public override NodeType Type => NodeType.UpdateExpression;
    public Operator Operator = op;
    public bool Prefix = prefix;
    public Node Argument = argument;
}

public sealed class BinaryExpression(int start, int end, Operator op, Node left, Node right) : Node(start, end)
{
    public override NodeType Type => NodeType.BinaryExpression;
    public Operator Operator = op;
    public Node Left = left;
    public Node Right = right;
}

public sealed class LogicalExpression(int start, int end, Operator op, Node left, Node right) : Node(start, end)
{
    public override NodeType Type => NodeType.LogicalExpression;
    public Operator Operator = op;
    public Node Left = left;
    public Node Right = right;
}

public sealed class AssignmentExpression(int start, int end, Operator op, Node left, Node right) : Node(start, end)
{
    public override NodeType Type => NodeType.AssignmentExpression;
    public Operator Operator = op;
    public Node Left = left;
    public Node Right = right;
}

public sealed class MemberExpression(int start, int end, Node @object, Node property, bool computed, bool optional) : Node(start, end)
{
    public override NodeType Type => NodeType.MemberExpression;
    public Node Object = @object;
    public Node Property = property;
    public bool Computed = computed;
    public bool Optional = optional;
}

public sealed class ChainExpression(int start, int end, Node expression) : Node(start, end)
{
    public override NodeType Type => NodeType.ChainExpression;
    public Node Expression = expression;
}

public sealed class ConditionalExpression(int start, int end, Node test, Node consequent, Node alternate) : Node(start, end)
{
    public override NodeType Type => NodeType.ConditionalExpression;
    public Node Test = test;
    public Node Consequent = consequent;
    public Node Alternate = alternate;
}

public sealed class CallExpression(int start, int end, Node callee, Node[] arguments, bool optional) : Node(start, end)
{
    public override NodeType Type => NodeType.CallExpression;
    public Node Callee = callee;
    public Node[] Arguments = arguments;
    public bool Optional = optional;
    /// <summary>TypeScriptTree parses only: <c>f&lt;T&gt;()</c>.</summary>
    public TSTypeParameterInstantiation? TypeArguments;
}

public sealed class NewExpression(int start, int end, Node callee, Node[] arguments) : Node(start, end)
{
    public override NodeType Type => NodeType.NewExpression;
    public Node Callee = callee;
    public Node[] Arguments = arguments;
    /// <summary>TypeScriptTree parses only.</summary>
    public TSTypeParameterInstantiation? TypeArguments;
}

public sealed class SequenceExpression(int start, int end, Node[] expressions) : Node(start, end)
{
    public override NodeType Type => NodeType.SequenceExpression;
    public Node[] Expressions = expressions;
}

public sealed class YieldExpression(int start, int end, Node? argument, bool @delegate) : Node(start, end)
{
    public override NodeType Type => NodeType.YieldExpression;
    public Node? Argument = argument;
    public bool Delegate = @delegate;
}

public sealed class AwaitExpression(int start, int end, Node argument) : Node(start, end)
{
    public override NodeType Type => NodeType.AwaitExpression;
    public Node Argument = argument;
}

public sealed class TemplateLiteral(int start, int end, TemplateElement[] quasis, Node[] expressions) : Node(start, end)
{
    public override NodeType Type => NodeType.TemplateLiteral;
    public TemplateElement[] Quasis = quasis;
    public Node[] Expressions = expressions;
}

public sealed class TemplateElement(int start, int end, string raw, string? cooked, bool tail) : Node(start, end)
{
    public override NodeType Type => NodeType.TemplateElement;
    /// <summary>The raw text, with CR and CRLF normalized to LF.</summary>
    public string Raw = raw;
    /// <summary>The cooked value, or null when an escape is invalid (allowed in tagged templates).</summary>
    public string? Cooked = cooked;
    public bool Tail = tail;
}

public sealed class TaggedTemplateExpression(int start, int end, Node tag, TemplateLiteral quasi) : Node(start, end)
{
    public override NodeType Type => NodeType.TaggedTemplateExpression;
    public Node Tag = tag;
    public TemplateLiteral Quasi = quasi;
    /// <summary>TypeScriptTree parses only.</summary>
    public TSTypeParameterInstantiation? TypeArguments;
}

public sealed class MetaProperty(int start, int end, Identifier meta, Identifier property) : Node(start, end)
{
    public override NodeType Type => NodeType.MetaProperty;
    public Identifier Meta = meta;
    public Identifier Property = property;
}

public sealed class ImportExpression(int start, int end, Node source, Node? options, ImportPhase phase = ImportPhase.Evaluation) : Node(start, end)
{
    public override NodeType Type => NodeType.ImportExpression;
    public Node Source = source;
    public Node? Options = options;
    /// <summary><c>import.defer(…)</c> and <c>import.source(…)</c> ask for another phase.</summary>
    public ImportPhase Phase = phase;
}

public sealed class SpreadElement(int start, int end, Node argument) : Node(start, end)
{
    public override NodeType Type => NodeType.SpreadElement;
    public Node Argument = argument;
}

public sealed class ObjectPattern(int start, int end, Node[] properties) : Node(start, end)
{
    public override NodeType Type => NodeType.ObjectPattern;
    /// <summary>Property nodes whose values are patterns, and a final RestElement.</summary>
    public Node[] Properties = properties;
}

public sealed class ArrayPattern(int start, int end, Node?[] elements) : Node(start, end)
{
    public override NodeType Type => NodeType.ArrayPattern;
    public Node?[] Elements = elements;
}

public sealed class RestElement(int start, int end, Node argument) : Node(start, end)
{
    public override NodeType Type => NodeType.RestElement;
    public Node Argument = argument;
}

public sealed class AssignmentPattern(int start, int end, Node left, Node right) : Node(start, end)
{
    public override NodeType Type => NodeType.AssignmentPattern;
    public Node Left = left;
    public Node Right = right;
}
