// EstreeWriter's typescript-estree dialect, node by node: each node type written alone has the
// keys @typescript-eslint/typescript-estree 8.74 gives it (absent keys stay absent, as its
// undefined values do), and ranges are written as "range":[start,end]. Whole trees are checked
// against typescript-estree itself in Estree/TypeScriptEstreeEquivalenceTests.

using System.Text.Json;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Estree;
using static Sharpack.JavaScript.Tests.EstreeWriterTests;

namespace Sharpack.JavaScript.Tests;

public sealed class EstreeTypeScriptDialectTests
{
    // The keys of a minimal node (optional parts missing), besides type and range; sorted.
    private static readonly Dictionary<NodeType, string> s_keys = new()
    {
        [NodeType.Identifier] = "decorators,name,optional",
        [NodeType.ObjectPattern] = "decorators,optional,properties",
        [NodeType.RestElement] = "argument,decorators,optional",
        [NodeType.VariableDeclaration] = "declarations,declare,kind",
        [NodeType.VariableDeclarator] = "definite,id,init",
        [NodeType.FunctionDeclaration] = "async,body,declare,expression,generator,id,params",
        [NodeType.ArrowFunctionExpression] = "async,body,expression,generator,id,params",
        [NodeType.ClassDeclaration] = "abstract,body,declare,decorators,id,implements,superClass",
        [NodeType.MethodDefinition] = "computed,decorators,key,kind,optional,override,static,value",
        [NodeType.PropertyDefinition] = "computed,declare,decorators,definite,key,optional,override,readonly,static,value",
        [NodeType.Property] = "computed,key,kind,method,optional,shorthand,value",
        [NodeType.CallExpression] = "arguments,callee,optional",
        [NodeType.ImportDeclaration] = "attributes,importKind,phase,source,specifiers",
        [NodeType.ImportSpecifier] = "importKind,imported,local",
        [NodeType.ExportNamedDeclaration] = "attributes,declaration,exportKind,source,specifiers",
        [NodeType.ExportDefaultDeclaration] = "declaration,exportKind",
        [NodeType.ExportAllDeclaration] = "attributes,exportKind,exported,source",
        [NodeType.ExportSpecifier] = "exportKind,exported,local",
        [NodeType.TSEnumDeclaration] = "body,const,declare,id",
        [NodeType.TSModuleDeclaration] = "declare,global,id,kind",
        [NodeType.TSImportEqualsDeclaration] = "id,importKind,moduleReference",
        [NodeType.TSInterfaceDeclaration] = "body,declare,extends,id",
        [NodeType.TSInterfaceBody] = "body",
        [NodeType.TSInterfaceHeritage] = "expression",
        [NodeType.TSClassImplements] = "expression",
        [NodeType.TSTypeAliasDeclaration] = "declare,id,typeAnnotation",
        [NodeType.TSDeclareFunction] = "async,declare,expression,generator,id,params",
        [NodeType.TSNamespaceExportDeclaration] = "id",
        [NodeType.TSAsExpression] = "expression,typeAnnotation",
        [NodeType.TSSatisfiesExpression] = "expression,typeAnnotation",
        [NodeType.TSTypeAssertion] = "expression,typeAnnotation",
        [NodeType.TSNonNullExpression] = "expression",
        [NodeType.TSInstantiationExpression] = "expression,typeArguments",
        [NodeType.TSParameterProperty] = "decorators,override,parameter,readonly,static",
        [NodeType.TSAnyKeyword] = "",
        [NodeType.TSIntrinsicKeyword] = "",
        [NodeType.TSThisType] = "",
        [NodeType.TSTypeReference] = "typeName",
        [NodeType.TSQualifiedName] = "left,right",
        [NodeType.TSLiteralType] = "literal",
        [NodeType.TSTemplateLiteralType] = "quasis,types",
        [NodeType.TSUnionType] = "types",
        [NodeType.TSIntersectionType] = "types",
        [NodeType.TSArrayType] = "elementType",
        [NodeType.TSIndexedAccessType] = "indexType,objectType",
        [NodeType.TSTypeOperator] = "operator,typeAnnotation",
        [NodeType.TSTupleType] = "elementTypes",
        [NodeType.TSOptionalType] = "typeAnnotation",
        [NodeType.TSRestType] = "typeAnnotation",
        [NodeType.TSNamedTupleMember] = "elementType,label,optional",
        [NodeType.TSConditionalType] = "checkType,extendsType,falseType,trueType",
        [NodeType.TSInferType] = "typeParameter",
        [NodeType.TSMappedType] = "constraint,key,nameType,optional",
        [NodeType.TSTypeQuery] = "exprName",
        [NodeType.TSImportType] = "options,qualifier,source,typeArguments",
        [NodeType.TSFunctionType] = "params,returnType",
        [NodeType.TSConstructorType] = "abstract,params,returnType",
        [NodeType.TSCallSignatureDeclaration] = "params",
        [NodeType.TSConstructSignatureDeclaration] = "params",
        [NodeType.TSTypePredicate] = "asserts,parameterName,typeAnnotation",
        [NodeType.TSTypeLiteral] = "members",
        [NodeType.TSPropertySignature] = "computed,key,optional,readonly,static",
        [NodeType.TSMethodSignature] = "computed,key,kind,optional,params,readonly,static",
        [NodeType.TSIndexSignature] = "parameters,readonly,static",
        [NodeType.TSTypeAnnotation] = "typeAnnotation",
        [NodeType.TSTypeParameterDeclaration] = "params",
        [NodeType.TSTypeParameter] = "const,in,name,out",
        [NodeType.TSTypeParameterInstantiation] = "params",
    };

    public static TheoryData<NodeType> Types()
    {
        var data = new TheoryData<NodeType>();
        foreach (var type in s_keys.Keys)
            data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Keys_match_typescript_estree(NodeType type)
    {
        var node = type <= NodeType.Decorator ? MinimalNode(type) : MinimalTypeScriptNode(type);
        Assert.Equal(type, node.Type);
        var root = JsonDocument.Parse(EstreeWriter.Write(node, "x", EstreeDialect.TypeScriptEstree)).RootElement;
        Assert.Equal(type.ToString(), root.GetProperty("type").GetString());
        Assert.Equal("[0,1]", root.GetProperty("range").GetRawText());
        var keys = root.EnumerateObject().Select(p => p.Name).Where(k => k is not ("type" or "range")).Order(StringComparer.Ordinal);
        Assert.Equal(s_keys[type], string.Join(",", keys));
    }

    [Theory]
    [InlineData(TSModifiers.None, "PropertyDefinition")]
    [InlineData(TSModifiers.Accessor, "AccessorProperty")]
    [InlineData(TSModifiers.Abstract, "TSAbstractPropertyDefinition")]
    [InlineData(TSModifiers.Abstract | TSModifiers.Accessor, "TSAbstractAccessorProperty")]
    public void Fields_are_named_by_their_modifiers(TSModifiers modifiers, string expected)
    {
        var field = new PropertyDefinition(0, 1, X(), null, false, false) { Modifiers = modifiers | TSModifiers.Private };
        var root = JsonDocument.Parse(EstreeWriter.Write(field, "x", EstreeDialect.TypeScriptEstree)).RootElement;
        Assert.Equal(expected, root.GetProperty("type").GetString());
        Assert.Equal("private", root.GetProperty("accessibility").GetString());
    }

    [Fact]
    public void Template_elements_take_in_their_delimiters()
    {
        // `a${b}c`: acorn's elements are [1,2] and [6,7]; typescript-estree's [0,4] and [5,8].
        const string source = "`a${b}c`";
        var template = new TemplateLiteral(0, 8, [new TemplateElement(1, 2, "a", "a", false), new TemplateElement(6, 7, "c", "c", true)], [new Identifier(4, 5, "b")]);
        var root = JsonDocument.Parse(EstreeWriter.Write(template, source, EstreeDialect.TypeScriptEstree)).RootElement;
        var quasis = root.GetProperty("quasis");
        Assert.Equal("[0,4]", quasis[0].GetProperty("range").GetRawText());
        Assert.Equal("[5,8]", quasis[1].GetProperty("range").GetRawText());
        var acorn = JsonDocument.Parse(EstreeWriter.Write(template, source)).RootElement.GetProperty("quasis");
        Assert.Equal(1, acorn[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public void A_dotted_namespace_is_one_declaration_with_a_qualified_name()
    {
        // namespace A.B {}
        const string source = "namespace A.B {}";
        var inner = new TSModuleDeclaration(12, 16, new Identifier(12, 13, "B"), [], []) { BodyStart = 14 };
        var outer = new TSModuleDeclaration(0, 16, new Identifier(10, 11, "A"), [inner], [true]) { IsDottedOuter = true };
        var root = JsonDocument.Parse(EstreeWriter.Write(outer, source, EstreeDialect.TypeScriptEstree)).RootElement;
        var id = root.GetProperty("id");
        Assert.Equal("TSQualifiedName", id.GetProperty("type").GetString());
        Assert.Equal("[10,13]", id.GetProperty("range").GetRawText());
        Assert.Equal("[14,16]", root.GetProperty("body").GetProperty("range").GetRawText());
        Assert.Equal("namespace", root.GetProperty("kind").GetString());
    }

    private static Node Type() => new TSKeywordType(0, 1, NodeType.TSAnyKeyword);

    private static TSTypeAnnotation Annotation() => new(0, 1, Type());

    private static TSSignature Signature(NodeType kind, TSTypeAnnotation? returnType) => new(0, 1, kind, null, [], returnType);

    private static Node MinimalTypeScriptNode(NodeType type) => type switch
    {
        NodeType.TSInterfaceDeclaration => new TSInterfaceDeclaration(0, 1, X(), null, [], new TSInterfaceBody(0, 1, [])),
        NodeType.TSInterfaceBody => new TSInterfaceBody(0, 1, []),
        NodeType.TSInterfaceHeritage or NodeType.TSClassImplements => new TSHeritage(0, 1, type, X(), null),
        NodeType.TSTypeAliasDeclaration => new TSTypeAliasDeclaration(0, 1, X(), null, Type()),
        NodeType.TSDeclareFunction => new TSDeclareFunction(0, 1) { Id = X(), IsBodyless = true },
        NodeType.TSNamespaceExportDeclaration => new TSNamespaceExportDeclaration(0, 1, X()),
        NodeType.TSAsExpression or NodeType.TSSatisfiesExpression or NodeType.TSTypeAssertion => new TSTypeCastExpression(0, 1, type, X(), Type()),
        NodeType.TSNonNullExpression => new TSNonNullExpression(0, 1, X()),
        NodeType.TSInstantiationExpression => new TSInstantiationExpression(0, 1, X(), new TSTypeParameterInstantiation(0, 1, [Type()])),
        NodeType.TSParameterProperty => new TSParameterProperty(0, 1, X(), TSModifiers.Readonly),
        NodeType.TSAnyKeyword or NodeType.TSIntrinsicKeyword => new TSKeywordType(0, 1, type),
        NodeType.TSThisType => new TSThisType(0, 1),
        NodeType.TSTypeReference => new TSTypeReference(0, 1, X(), null),
        NodeType.TSQualifiedName => new TSQualifiedName(0, 1, X(), X()),
        NodeType.TSLiteralType => new TSLiteralType(0, 1, StrX()),
        NodeType.TSTemplateLiteralType => new TSTemplateLiteralType(0, 1, [], []),
        NodeType.TSUnionType or NodeType.TSIntersectionType => new TSCompositeType(0, 1, type, [Type()]),
        NodeType.TSArrayType => new TSArrayType(0, 1, Type()),
        NodeType.TSIndexedAccessType => new TSIndexedAccessType(0, 1, Type(), Type()),
        NodeType.TSTypeOperator => new TSTypeOperator(0, 1, "keyof", Type()),
        NodeType.TSTupleType => new TSTupleType(0, 1, []),
        NodeType.TSOptionalType or NodeType.TSRestType => new TSTupleElementType(0, 1, type, Type()),
        NodeType.TSNamedTupleMember => new TSNamedTupleMember(0, 1, X(), Type(), false),
        NodeType.TSConditionalType => new TSConditionalType(0, 1, Type(), Type(), Type(), Type()),
        NodeType.TSInferType => new TSInferType(0, 1, new TSTypeParameter(0, 1, X(), null, null)),
        NodeType.TSMappedType => new TSMappedType(0, 1, X(), Type(), null, null),
        NodeType.TSTypeQuery => new TSTypeQuery(0, 1, X(), null),
        NodeType.TSImportType => new TSImportType(0, 1, StrX(), null, null, null),
        NodeType.TSFunctionType or NodeType.TSConstructorType => Signature(type, Annotation()),
        NodeType.TSCallSignatureDeclaration or NodeType.TSConstructSignatureDeclaration => Signature(type, null),
        NodeType.TSTypePredicate => new TSTypePredicate(0, 1, false, X(), null),
        NodeType.TSTypeLiteral => new TSTypeLiteral(0, 1, []),
        NodeType.TSPropertySignature => new TSPropertySignature(0, 1, X(), false, TSModifiers.None, null),
        NodeType.TSMethodSignature => new TSMethodSignature(0, 1, X(), false, MethodKind.Method, TSModifiers.None, Signature(NodeType.TSFunctionType, null)),
        NodeType.TSIndexSignature => new TSIndexSignature(0, 1, [], null, TSModifiers.None),
        NodeType.TSTypeAnnotation => Annotation(),
        NodeType.TSTypeParameterDeclaration => new TSTypeParameterDeclaration(0, 1, []),
        NodeType.TSTypeParameter => new TSTypeParameter(0, 1, X(), null, null),
        NodeType.TSTypeParameterInstantiation => new TSTypeParameterInstantiation(0, 1, []),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No minimal node for this type; add one."),
    };
}
