// Nodes for TypeScript types, built only when ParseOptions.TypeScriptTree asks for them (for
// typescript-estree-shaped output and tools); the transform and the bundler parse types without
// building anything. Names, fields and meaning are typescript-estree's.
#pragma warning disable CS1591 // Members carry typescript-estree's names and meaning.

namespace Sharpack.JavaScript.Ast;

/// <summary>The TypeScript modifiers of a class member, a type member or a parameter property.</summary>
[Flags]
public enum TSModifiers : ushort
{
    None = 0,
    Public = 1 << 0,
    Private = 1 << 1,
    Protected = 1 << 2,
    Static = 1 << 3,
    Readonly = 1 << 4,
    Declare = 1 << 5,
    Abstract = 1 << 6,
    Override = 1 << 7,
    Accessor = 1 << 8,
    /// <summary>The member is marked <c>?</c>.</summary>
    Optional = 1 << 9,
    /// <summary>The member is marked <c>!</c>.</summary>
    Definite = 1 << 10,
}

/// <summary>A mapped type's <c>readonly</c> or <c>?</c> modifier.</summary>
public enum TSMappedModifier : byte
{
    None,
    /// <summary>Written without a sign.</summary>
    Plain,
    Plus,
    Minus,
}

/// <summary>A keyword type: <c>any</c>, <c>string</c>, <c>void</c>, <c>intrinsic</c>…; <see cref="Type"/> says which.</summary>
public sealed class TSKeywordType(int start, int end, NodeType kind) : Node(start, end)
{
    public override NodeType Type => kind;
}

/// <summary><c>this</c> as a type.</summary>
public sealed class TSThisType(int start, int end) : Node(start, end)
{
    public override NodeType Type => NodeType.TSThisType;
}

/// <summary><c>A.B&lt;T&gt;</c>: a named type and its arguments.</summary>
public sealed class TSTypeReference(int start, int end, Node typeName, TSTypeParameterInstantiation? typeArguments) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeReference;
    /// <summary>An Identifier, a TSQualifiedName, or (after <c>typeof</c>) a ThisExpression.</summary>
    public Node TypeName = typeName;
    public TSTypeParameterInstantiation? TypeArguments = typeArguments;
}

/// <summary><c>A.B</c> in a type.</summary>
public sealed class TSQualifiedName(int start, int end, Node left, Node right) : Node(start, end)
{
    public override NodeType Type => NodeType.TSQualifiedName;
    public Node Left = left;
    /// <summary>An Identifier, or a PrivateIdentifier after <c>typeof</c>.</summary>
    public Node Right = right;
}

/// <summary>A literal type: a string, number, bigint, boolean, <c>-1</c>, or a template without substitutions.</summary>
public sealed class TSLiteralType(int start, int end, Node literal) : Node(start, end)
{
    public override NodeType Type => NodeType.TSLiteralType;
    public Node Literal = literal;
}

/// <summary><c>`a${T}b`</c> as a type.</summary>
public sealed class TSTemplateLiteralType(int start, int end, TemplateElement[] quasis, Node[] types) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTemplateLiteralType;
    public TemplateElement[] Quasis = quasis;
    public Node[] Types = types;
}

/// <summary><c>A | B</c> or <c>A &amp; B</c>; <see cref="Type"/> says which.</summary>
public sealed class TSCompositeType(int start, int end, NodeType kind, Node[] types) : Node(start, end)
{
    public override NodeType Type => kind;
    public Node[] Types = types;
}

/// <summary><c>T[]</c>.</summary>
public sealed class TSArrayType(int start, int end, Node elementType) : Node(start, end)
{
    public override NodeType Type => NodeType.TSArrayType;
    public Node ElementType = elementType;
}

/// <summary><c>T[K]</c>.</summary>
public sealed class TSIndexedAccessType(int start, int end, Node objectType, Node indexType) : Node(start, end)
{
    public override NodeType Type => NodeType.TSIndexedAccessType;
    public Node ObjectType = objectType;
    public Node IndexType = indexType;
}

/// <summary><c>keyof T</c>, <c>unique symbol</c>, <c>readonly T[]</c>.</summary>
public sealed class TSTypeOperator(int start, int end, string @operator, Node typeAnnotation) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeOperator;
    public string Operator = @operator;
    public Node TypeAnnotation = typeAnnotation;
}

/// <summary><c>[A, B?, ...C]</c>.</summary>
public sealed class TSTupleType(int start, int end, Node[] elementTypes) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTupleType;
    public Node[] ElementTypes = elementTypes;
}

/// <summary><c>T?</c> in a tuple, or <c>...T</c>; <see cref="Type"/> says which.</summary>
public sealed class TSTupleElementType(int start, int end, NodeType kind, Node typeAnnotation) : Node(start, end)
{
    public override NodeType Type => kind;
    public Node TypeAnnotation = typeAnnotation;
}

/// <summary><c>name?: T</c> in a tuple.</summary>
public sealed class TSNamedTupleMember(int start, int end, Identifier label, Node elementType, bool optional) : Node(start, end)
{
    public override NodeType Type => NodeType.TSNamedTupleMember;
    public Identifier Label = label;
    public Node ElementType = elementType;
    public bool Optional = optional;
}

/// <summary><c>C extends E ? T : F</c>.</summary>
public sealed class TSConditionalType(int start, int end, Node checkType, Node extendsType, Node trueType, Node falseType) : Node(start, end)
{
    public override NodeType Type => NodeType.TSConditionalType;
    public Node CheckType = checkType;
    public Node ExtendsType = extendsType;
    public Node TrueType = trueType;
    public Node FalseType = falseType;
}

/// <summary><c>infer U</c> (or <c>infer U extends C</c>).</summary>
public sealed class TSInferType(int start, int end, TSTypeParameter typeParameter) : Node(start, end)
{
    public override NodeType Type => NodeType.TSInferType;
    public TSTypeParameter TypeParameter = typeParameter;
}

/// <summary><c>{ readonly [K in C as N]?: T }</c>.</summary>
public sealed class TSMappedType(int start, int end, Identifier key, Node constraint, Node? nameType, Node? typeAnnotation) : Node(start, end)
{
    public override NodeType Type => NodeType.TSMappedType;
    public Identifier Key = key;
    public Node Constraint = constraint;
    public Node? NameType = nameType;
    public Node? TypeAnnotation = typeAnnotation;
    public TSMappedModifier Optional;
    public TSMappedModifier Readonly;
}

/// <summary><c>typeof x.y&lt;T&gt;</c>.</summary>
public sealed class TSTypeQuery(int start, int end, Node exprName, TSTypeParameterInstantiation? typeArguments) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeQuery;
    /// <summary>An Identifier, a TSQualifiedName or a TSImportType.</summary>
    public Node ExprName = exprName;
    public TSTypeParameterInstantiation? TypeArguments = typeArguments;
}

/// <summary><c>import("m", { with: … }).A&lt;T&gt;</c>.</summary>
public sealed class TSImportType(int start, int end, Literal source, ObjectExpression? options, Node? qualifier, TSTypeParameterInstantiation? typeArguments) : Node(start, end)
{
    public override NodeType Type => NodeType.TSImportType;
    public Literal Source = source;
    public ObjectExpression? Options = options;
    public Node? Qualifier = qualifier;
    public TSTypeParameterInstantiation? TypeArguments = typeArguments;
}

/// <summary>
/// What function-like types and signatures share: <c>(a: A) =&gt; R</c>, <c>new () =&gt; R</c>,
/// <c>(x): R</c> and <c>new (x): R</c> members; <see cref="Type"/> says which.
/// </summary>
public sealed class TSSignature(int start, int end, NodeType kind, TSTypeParameterDeclaration? typeParameters, Node[] parameters, TSTypeAnnotation? returnType) : Node(start, end)
{
    public override NodeType Type => kind;
    public TSTypeParameterDeclaration? TypeParameters = typeParameters;
    public Node[] Params = parameters;
    public TSTypeAnnotation? ReturnType = returnType;
    /// <summary><c>abstract new () =&gt; R</c>.</summary>
    public bool Abstract;
}

/// <summary><c>x is T</c>, <c>asserts x</c>, <c>asserts this is T</c>.</summary>
public sealed class TSTypePredicate(int start, int end, bool asserts, Node parameterName, TSTypeAnnotation? typeAnnotation) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypePredicate;
    public bool Asserts = asserts;
    /// <summary>An Identifier or a TSThisType.</summary>
    public Node ParameterName = parameterName;
    public TSTypeAnnotation? TypeAnnotation = typeAnnotation;
}

/// <summary><c>{ a: A; b(): B }</c>.</summary>
public sealed class TSTypeLiteral(int start, int end, Node[] members) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeLiteral;
    public Node[] Members = members;
}

/// <summary><c>readonly a?: T;</c> in a type literal or an interface.</summary>
public sealed class TSPropertySignature(int start, int end, Node key, bool computed, TSModifiers modifiers, TSTypeAnnotation? typeAnnotation) : Node(start, end)
{
    public override NodeType Type => NodeType.TSPropertySignature;
    public Node Key = key;
    public bool Computed = computed;
    public TSModifiers Modifiers = modifiers;
    public TSTypeAnnotation? TypeAnnotation = typeAnnotation;
}

/// <summary><c>m?&lt;T&gt;(x): R;</c> or <c>get a(): T;</c> in a type literal or an interface.</summary>
public sealed class TSMethodSignature(int start, int end, Node key, bool computed, MethodKind kind, TSModifiers modifiers, TSSignature signature) : Node(start, end)
{
    public override NodeType Type => NodeType.TSMethodSignature;
    public Node Key = key;
    public bool Computed = computed;
    /// <summary>Method, Get or Set.</summary>
    public MethodKind Kind = kind;
    public TSModifiers Modifiers = modifiers;
    /// <summary>The type parameters, parameters and return type.</summary>
    public TSSignature Signature = signature;
}

/// <summary><c>[key: string]: T</c> in a type, or <c>static [key: string]: T;</c> in a class.</summary>
public sealed class TSIndexSignature(int start, int end, Node[] parameters, TSTypeAnnotation? typeAnnotation, TSModifiers modifiers) : Node(start, end)
{
    public override NodeType Type => NodeType.TSIndexSignature;
    public Node[] Parameters = parameters;
    public TSTypeAnnotation? TypeAnnotation = typeAnnotation;
    public TSModifiers Modifiers = modifiers;
}

/// <summary>A <c>: T</c> annotation (or a function type's <c>=&gt; T</c>), from the colon.</summary>
public sealed class TSTypeAnnotation(int start, int end, Node typeAnnotation) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeAnnotation;
    public Node TypeAnnotation = typeAnnotation;
}

/// <summary><c>&lt;T extends C = D, …&gt;</c> on a declaration.</summary>
public sealed class TSTypeParameterDeclaration(int start, int end, TSTypeParameter[] parameters) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeParameterDeclaration;
    public TSTypeParameter[] Params = parameters;
}

/// <summary><c>const in out T extends C = D</c>.</summary>
public sealed class TSTypeParameter(int start, int end, Identifier name, Node? constraint, Node? @default) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeParameter;
    public Identifier Name = name;
    public Node? Constraint = constraint;
    public Node? Default = @default;
    public bool In;
    public bool Out;
    public bool Const;
}

/// <summary><c>&lt;A, B&gt;</c> on a use: a type reference, a call, <c>new</c>, a tagged template, JSX.</summary>
public sealed class TSTypeParameterInstantiation(int start, int end, Node[] parameters) : Node(start, end)
{
    public override NodeType Type => NodeType.TSTypeParameterInstantiation;
    public Node[] Params = parameters;
}
