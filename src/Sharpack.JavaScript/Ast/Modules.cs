// ESTree import and export nodes. Field names are ESTree's; see NodeType.
#pragma warning disable CS1591 // Members carry ESTree's names and meaning.

namespace Sharpack.JavaScript.Ast;

/// <summary>The phase an import asks for (TC39 import defer and source phase imports).</summary>
public enum ImportPhase : byte
{
    /// <summary>A plain import: the module is evaluated before the importer.</summary>
    Evaluation,
    /// <summary><c>import defer * as ns</c>, <c>import.defer()</c>: evaluated on first use of the namespace.</summary>
    Defer,
    /// <summary><c>import source x</c>, <c>import.source()</c>: the module's source object, not evaluated.</summary>
    Source,
}

public sealed class ImportDeclaration(int start, int end, Node[] specifiers, Literal source, ImportAttribute[] attributes, ImportPhase phase = ImportPhase.Evaluation) : Node(start, end)
{
    public override NodeType Type => NodeType.ImportDeclaration;
    public Node[] Specifiers = specifiers;
    public Literal Source = source;
    public ImportAttribute[] Attributes = attributes;
    public ImportPhase Phase = phase;
    /// <summary>TypeScriptTree parses only: <c>import type …</c> (otherwise erased).</summary>
    public bool TypeOnly;
}

public sealed class ImportSpecifier(int start, int end, Node imported, Identifier local) : Node(start, end)
{
    public override NodeType Type => NodeType.ImportSpecifier;
    /// <summary>An Identifier, or a string Literal for an arbitrary module namespace name.</summary>
    public Node Imported = imported;
    public Identifier Local = local;
    /// <summary>TypeScriptTree parses only: <c>{ type A }</c> (otherwise dropped).</summary>
    public bool TypeOnly;
}

public sealed class ImportDefaultSpecifier(int start, int end, Identifier local) : Node(start, end)
{
    public override NodeType Type => NodeType.ImportDefaultSpecifier;
    public Identifier Local = local;
}

public sealed class ImportNamespaceSpecifier(int start, int end, Identifier local) : Node(start, end)
{
    public override NodeType Type => NodeType.ImportNamespaceSpecifier;
    public Identifier Local = local;
}

public sealed class ImportAttribute(int start, int end, Node key, Literal value) : Node(start, end)
{
    public override NodeType Type => NodeType.ImportAttribute;
    public Node Key = key;
    public Literal Value = value;
}

public sealed class ExportNamedDeclaration(int start, int end, Node? declaration, ExportSpecifier[] specifiers, Literal? source, ImportAttribute[] attributes) : Node(start, end)
{
    public override NodeType Type => NodeType.ExportNamedDeclaration;
    public Node? Declaration = declaration;
    public ExportSpecifier[] Specifiers = specifiers;
    public Literal? Source = source;
    public ImportAttribute[] Attributes = attributes;
    /// <summary>TypeScriptTree parses only: typescript-estree's exportKind "type".</summary>
    public bool TypeOnly;
}

public sealed class ExportSpecifier(int start, int end, Node local, Node exported) : Node(start, end)
{
    public override NodeType Type => NodeType.ExportSpecifier;
    /// <summary>An Identifier, or a string Literal when re-exporting from another module.</summary>
    public Node Local = local;
    public Node Exported = exported;
    /// <summary>TypeScriptTree parses only: <c>{ type A }</c> (otherwise dropped).</summary>
    public bool TypeOnly;
}

public sealed class ExportDefaultDeclaration(int start, int end, Node declaration) : Node(start, end)
{
    public override NodeType Type => NodeType.ExportDefaultDeclaration;
    public Node Declaration = declaration;
}

public sealed class ExportAllDeclaration(int start, int end, Node? exported, Literal source, ImportAttribute[] attributes) : Node(start, end)
{
    public override NodeType Type => NodeType.ExportAllDeclaration;
    public Node? Exported = exported;
    public Literal Source = source;
    public ImportAttribute[] Attributes = attributes;
    /// <summary>TypeScriptTree parses only: <c>export type * from …</c>.</summary>
    public bool TypeOnly;
}
