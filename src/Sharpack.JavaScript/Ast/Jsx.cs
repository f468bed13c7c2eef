// JSX nodes, in the shape acorn-jsx produces. Field names are ESTree's; see NodeType.
#pragma warning disable CS1591 // Members carry ESTree's names and meaning.

namespace Sharpack.JavaScript.Ast;

public sealed class JSXElement(int start, int end, JSXOpeningElement openingElement, JSXClosingElement? closingElement, Node[] children) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXElement;
    public JSXOpeningElement OpeningElement = openingElement;
    public JSXClosingElement? ClosingElement = closingElement;
    public Node[] Children = children;
}

public sealed class JSXOpeningElement(int start, int end, Node name, Node[] attributes, bool selfClosing) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXOpeningElement;
    public Node Name = name;
    public Node[] Attributes = attributes;
    public bool SelfClosing = selfClosing;
    /// <summary>TypeScriptTree parses only: <c>&lt;C&lt;T&gt; /&gt;</c>.</summary>
    public TSTypeParameterInstantiation? TypeArguments;
}

public sealed class JSXClosingElement(int start, int end, Node name) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXClosingElement;
    public Node Name = name;
}

public sealed class JSXFragment(int start, int end, JSXOpeningFragment openingFragment, JSXClosingFragment closingFragment, Node[] children) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXFragment;
    public JSXOpeningFragment OpeningFragment = openingFragment;
    public JSXClosingFragment ClosingFragment = closingFragment;
    public Node[] Children = children;
}

public sealed class JSXOpeningFragment(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXOpeningFragment;
}

public sealed class JSXClosingFragment(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXClosingFragment;
}

public sealed class JSXIdentifier(int start, int end, string name) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXIdentifier;
    public string Name = name;
    /// <summary>For a tag that names a variable (<c>&lt;Foo&gt;</c>, the head of <c>&lt;a.b&gt;</c>): the symbol, set by scope analysis; else -1.</summary>
    public int Symbol = -1;
}

public sealed class JSXNamespacedName(int start, int end, JSXIdentifier @namespace, JSXIdentifier name) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXNamespacedName;
    public JSXIdentifier Namespace = @namespace;
    public JSXIdentifier Name = name;
}

public sealed class JSXMemberExpression(int start, int end, Node @object, JSXIdentifier property) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXMemberExpression;
    public Node Object = @object;
    public JSXIdentifier Property = property;
}

public sealed class JSXAttribute(int start, int end, Node name, Node? value) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXAttribute;
    public Node Name = name;
    public Node? Value = value;
}

public sealed class JSXSpreadAttribute(int start, int end, Node argument) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXSpreadAttribute;
    public Node Argument = argument;
}

public sealed class JSXExpressionContainer(int start, int end, Node expression) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXExpressionContainer;
    public Node Expression = expression;
}

public sealed class JSXEmptyExpression(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXEmptyExpression;
}

public sealed class JSXText(int start, int end, string value) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXText;
    /// <summary>The text with HTML entities decoded.</summary>
    public string Value = value;
}

public sealed class JSXSpreadChild(int start, int end, Node expression) : Node(start, end)
{
    public override NodeType Type => NodeType.JSXSpreadChild;
    public Node Expression = expression;
}
