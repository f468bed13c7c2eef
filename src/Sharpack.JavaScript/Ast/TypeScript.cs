// The TypeScript declarations that have a value at run time, as typescript-estree names them:
// enums, namespaces, `import x = …` and `export = …`. Types leave no node in an ordinary parse:
// the parser checks and skips them, and the TypeScript transform erases their text. With
// ParseOptions.TypeScriptTree the parser also builds the type-only declarations and the
// expressions that carry types (the end of this file) and the types (TypeScriptTypes.cs).
#pragma warning disable CS1591 // Members carry typescript-estree's names and meaning.

namespace Sharpack.JavaScript.Ast;

/// <summary><c>enum E { A, B = 2 }</c> or <c>const enum E { … }</c>.</summary>
public sealed class TSEnumDeclaration(int start, int end, Identifier id, TSEnumMember[] members, bool isConst) : Node(start, end)
{
    public override NodeType Type => NodeType.TSEnumDeclaration;
    public Identifier Id = id;
    public TSEnumMember[] Members = members;
    public bool Const = isConst;
    /// <summary>Written with <c>declare</c> (or inside an ambient context).</summary>
    public bool Declare;
    /// <summary>Offset of the body's <c>{</c>.</summary>
    public int BodyStart;
}

/// <summary>One member of an enum: a name (an Identifier or a string Literal) and an optional initializer.</summary>
public sealed class TSEnumMember(int start, int end, Node id, Node? initializer) : Node(start, end)
{
    public override NodeType Type => NodeType.TSEnumMember;
    public Node Id = id;
    public Node? Initializer = initializer;

    /// <summary>The member's name.</summary>
    public string Name => Id is Identifier identifier ? identifier.Name : ((Literal)Id).StringValue!;
}

/// <summary>The keyword a TSModuleDeclaration was written with.</summary>
public enum TSModuleKind : byte
{
    /// <summary><c>namespace N</c></summary>
    Namespace,
    /// <summary><c>module N</c> or <c>module "m"</c></summary>
    Module,
    /// <summary><c>declare global</c></summary>
    Global,
}

/// <summary>
/// <c>namespace N { … }</c> (or <c>module N { … }</c>). A dotted name <c>namespace A.B { … }</c>
/// is nested: A's body is the one declaration B.
/// </summary>
public sealed class TSModuleDeclaration(int start, int end, Identifier id, Node[] body, bool[] exported) : Node(start, end)
{
    public override NodeType Type => NodeType.TSModuleDeclaration;
    public Identifier Id = id;
    /// <summary>The body's statements (type-only ones are EmptyStatements).</summary>
    public Node[] Body = body;
    /// <summary>For each statement of <see cref="Body"/>: whether it was written with <c>export</c>.</summary>
    public bool[] Exported = exported;
    /// <summary>The body holds a value (TypeScript's "instantiated" namespace); one that holds only types emits nothing.</summary>
    public bool IsInstantiated;
    public TSModuleKind Kind;
    public bool Declare;
    /// <summary>For <c>declare module "m"</c>: the module's name (then <see cref="Id"/> only mirrors it).</summary>
    public Literal? ExternalName;
    /// <summary>Offset of the body's <c>{</c>; -1 for <c>declare module "m";</c>, which has no body.</summary>
    public int BodyStart = -1;
    /// <summary>For <c>A.B</c>: this is A, and its one statement is B written at the dot.</summary>
    public bool IsDottedOuter;
}

/// <summary><c>import x = require("m")</c> or <c>import x = A.B</c> (optionally exported).</summary>
public sealed class TSImportEqualsDeclaration(int start, int end, Identifier id, Node moduleReference, bool isExport) : Node(start, end)
{
    public override NodeType Type => NodeType.TSImportEqualsDeclaration;
    public Identifier Id = id;
    /// <summary>A string Literal for <c>require("m")</c>; otherwise an Identifier or MemberExpression.</summary>
    public Node ModuleReference = moduleReference;
    public bool IsExport = isExport;
    /// <summary><c>import type x = …</c> (only in a TypeScriptTree parse; otherwise the statement is erased).</summary>
    public bool TypeOnly;
}

/// <summary>A decorator, <c>@expression</c>, on a class, a class member or a parameter.</summary>
public sealed class Decorator(int start, int end, Node expression) : Node(start, end)
{
    public override NodeType Type => NodeType.Decorator;
    public Node Expression = expression;
}

/// <summary><c>export = expression</c>.</summary>
public sealed class TSExportAssignment(int start, int end, Node expression) : Node(start, end)
{
    public override NodeType Type => NodeType.TSExportAssignment;
    public Node Expression = expression;
}

// ---- Built only for ParseOptions.TypeScriptTree ----

/// <summary><c>interface I&lt;T&gt; extends A, B { … }</c>.</summary>
public sealed class TSInterfaceDeclaration(int start, int end, Identifier id, TSTypeParameterDeclaration? typeParameters, TSHeritage[] extends, TSInterfaceBody body) : Node(start, end)
{
    public override NodeType Type => NodeType.TSInterfaceDeclaration;
    public Identifier Id = id;
    public TSTypeParameterDeclaration? TypeParameters = typeParameters;
    public TSHeritage[] Extends = extends;
    public TSInterfaceBody Body = body;
    public bool Declare;
}

/// <summary>The braces of an interface and its members.</summary>
public sealed class TSInterfaceBody(int start, int end, Node[] body) : Node(start, end)
{
    public override NodeType Type => NodeType.TSInterfaceBody;
    public Node[] Body = body;
}

/// <summary>One name in an interface's <c>extends</c> or a class's <c>implements</c>; <see cref="Type"/> says which.</summary>
public sealed class TSHeritage(int start, int end, NodeType kind, Node expression, TSTypeParameterInstantiation? typeArguments) : Node(start, end)
{
    public override NodeType Type => kind;
    /// <summary>An Identifier or a MemberExpression.</summary>
    public Node Expression = expression;
    public TSTypeParameterInstantiation? TypeArguments = typeArguments;
}

/// <summary><c>type A&lt;T&gt; = …</c>.</summary>
public sealed class TSTypeAliasDeclaration(int start, int end, Identifier id, TSTypeParameterDeclaration? typeParameters, Node typeAnnotation) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeAliasDeclaration;
    public Identifier Id = id;
    public TSTypeParameterDeclaration? TypeParameters = typeParameters;
    public Node TypeAnnotation = typeAnnotation;
    public bool Declare;
}

/// <summary>A function without a body: an overload signature or <c>declare function f(): T;</c>.</summary>
public sealed class TSDeclareFunction(int start, int end) : FunctionNode(start, end)
{
    public override NodeType Type => NodeType.TSDeclareFunction;
}

/// <summary><c>export as namespace N;</c>.</summary>
public sealed class TSNamespaceExportDeclaration(int start, int end, Identifier id) : Node(start, end)
{
    public override NodeType Type => NodeType.TSNamespaceExportDeclaration;
    public Identifier Id = id;
}

/// <summary>
/// <c>x as T</c>, <c>x satisfies T</c> or <c>&lt;T&gt;x</c>; <see cref="Type"/> says which.
/// <c>as const</c> has a TSTypeReference to <c>const</c>.
/// </summary>
public sealed class TSTypeCastExpression(int start, int end, NodeType kind, Node expression, Node typeAnnotation) : Node(start, end)
{
    public override NodeType Type => kind;
    public Node Expression = expression;
    public Node TypeAnnotation = typeAnnotation;
}

/// <summary><c>x!</c>.</summary>
public sealed class TSNonNullExpression(int start, int end, Node expression) : Node(start, end)
{
    public override NodeType Type => NodeType.TSNonNullExpression;
    public Node Expression = expression;
}

/// <summary><c>f&lt;T&gt;</c> not followed by a call.</summary>
public sealed class TSInstantiationExpression(int start, int end, Node expression, TSTypeParameterInstantiation typeArguments) : Node(start, end)
{
    public override NodeType Type => NodeType.TSInstantiationExpression;
    public Node Expression = expression;
    public TSTypeParameterInstantiation TypeArguments = typeArguments;
}

/// <summary>A constructor parameter with modifiers, <c>private readonly x: T</c>; the class gets a property from it.</summary>
public sealed class TSParameterProperty(int start, int end, Node parameter, TSModifiers modifiers) : Node(start, end)
{
    public override NodeType Type => NodeType.TSParameterProperty;
    /// <summary>An Identifier or an AssignmentPattern.</summary>
    public Node Parameter = parameter;
    public TSModifiers Modifiers = modifiers;
    public Decorator[]? Decorators;
}
