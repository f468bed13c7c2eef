// ESTree function and class nodes. Field names are ESTree's; see NodeType.
#pragma warning disable CS1591 // Members carry ESTree's names and meaning.

namespace Sharpack.JavaScript.Ast;

/// <summary>What function declarations, function expressions and arrows share.</summary>
public abstract class FunctionNode(int start, int end) : Node(start, end)
{
    public Identifier? Id;
    public Node[] Params = [];
    /// <summary>TypeScript: each parameter's decorators (null where it has none), or null.</summary>
    public Decorator[]?[]? ParameterDecorators;
    /// <summary>A BlockStatement, or an expression for a concise arrow body.</summary>
    public Node Body = null!;
    public bool IsAsync;
    public bool IsGenerator;
    /// <summary>True when the body (or an enclosing scope) is strict mode code.</summary>
    public bool IsStrict;

    // TypeScriptTree parses only:
    public TSTypeParameterDeclaration? TypeParameters;
    public TSTypeAnnotation? ReturnType;
    public bool Declare;
    /// <summary>A signature without a body (an overload, an abstract or ambient method).</summary>
    public bool IsBodyless;
    /// <summary>A <c>this: T</c> parameter, which is no parameter at run time (typescript-estree lists it first in params).</summary>
    public Identifier? ThisParam;
}

public sealed class FunctionDeclaration(int start, int end) : FunctionNode(start, end)
{
    public override NodeType Type => NodeType.FunctionDeclaration;
}

public sealed class FunctionExpression(int start, int end) : FunctionNode(start, end)
{
    public override NodeType Type => NodeType.FunctionExpression;
}

public sealed class ArrowFunctionExpression(int start, int end) : FunctionNode(start, end)
{
    public override NodeType Type => NodeType.ArrowFunctionExpression;
    /// <summary>True for a concise body (an expression, not a block).</summary>
    public bool IsExpression;
}

/// <summary>What class declarations and class expressions share.</summary>
public abstract class ClassNode(int start, int end, Identifier? id, Node? superClass, ClassBody body) : Node(start, end)
{
    public Identifier? Id = id;
    public Node? SuperClass = superClass;
    public ClassBody Body = body;
    /// <summary>TypeScript: the class's decorators, or null.</summary>
    public Decorator[]? Decorators;

    // TypeScriptTree parses only:
    public TSTypeParameterDeclaration? TypeParameters;
    public TSTypeParameterInstantiation? SuperTypeArguments;
    public TSHeritage[]? Implements;
    public bool Abstract;
    public bool Declare;
}

public sealed class ClassDeclaration(int start, int end, Identifier? id, Node? superClass, ClassBody body) : ClassNode(start, end, id, superClass, body)
{
    public override NodeType Type => NodeType.ClassDeclaration;
}

public sealed class ClassExpression(int start, int end, Identifier? id, Node? superClass, ClassBody body) : ClassNode(start, end, id, superClass, body)
{
    public override NodeType Type => NodeType.ClassExpression;
}

public sealed class ClassBody(int start, int end, Node[] body) : Node(start, end)
{
    public override NodeType Type => NodeType.ClassBody;
    public Node[] Body = body;
}

/// <summary>The kind of a class method.</summary>
public enum MethodKind : byte
{
    /// <summary><c>constructor</c></summary>
    Constructor,
    /// <summary>an ordinary method</summary>
    Method,
    /// <summary><c>get</c> accessor</summary>
    Get,
    /// <summary><c>set</c> accessor</summary>
    Set,
}

public sealed class MethodDefinition(int start, int end, Node key, FunctionExpression value, MethodKind kind, bool computed, bool isStatic) : Node(start, end)
{
    public override NodeType Type => NodeType.MethodDefinition;
    /// <summary>TypeScript: the member's decorators, or null.</summary>
    public Decorator[]? Decorators;
    public Node Key = key;
    public FunctionExpression Value = value;
    public MethodKind Kind = kind;
    public bool Computed = computed;
    public bool Static = isStatic;
    /// <summary>TypeScriptTree parses only: the member's modifiers.</summary>
    public TSModifiers Modifiers;
}

public sealed class PropertyDefinition(int start, int end, Node key, Node? value, bool computed, bool isStatic) : Node(start, end)
{
    public override NodeType Type => NodeType.PropertyDefinition;
    /// <summary>TypeScript: the member's decorators, or null.</summary>
    public Decorator[]? Decorators;
    public Node Key = key;
    public Node? Value = value;
    public bool Computed = computed;
    public bool Static = isStatic;
    /// <summary>TypeScriptTree parses only: the member's modifiers (Accessor for <c>accessor x</c>).</summary>
    public TSModifiers Modifiers;
    /// <summary>TypeScriptTree parses only.</summary>
    public TSTypeAnnotation? TypeAnnotation;
}
