// The TypeScript declarations that have a value at run time, as typescript-estree names them:
// enums, namespaces, `import x = …` and `export = …`. Types themselves leave no node: the parser
// checks and skips them, and the TypeScript transform erases their text.
#pragma warning disable CS1591 // Members carry typescript-estree's names and meaning.

namespace Sharpack.JavaScript.Ast;

/// <summary><c>enum E { A, B = 2 }</c> or <c>const enum E { … }</c>.</summary>
public sealed class TSEnumDeclaration(int start, int end, Identifier id, TSEnumMember[] members, bool isConst) : Node(start, end)
{
    public override NodeType Type => NodeType.TSEnumDeclaration;
    public Identifier Id = id;
    public TSEnumMember[] Members = members;
    public bool Const = isConst;
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
}

/// <summary><c>import x = require("m")</c> or <c>import x = A.B</c> (optionally exported).</summary>
public sealed class TSImportEqualsDeclaration(int start, int end, Identifier id, Node moduleReference, bool isExport) : Node(start, end)
{
    public override NodeType Type => NodeType.TSImportEqualsDeclaration;
    public Identifier Id = id;
    /// <summary>A string Literal for <c>require("m")</c>; otherwise an Identifier or MemberExpression.</summary>
    public Node ModuleReference = moduleReference;
    public bool IsExport = isExport;
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
