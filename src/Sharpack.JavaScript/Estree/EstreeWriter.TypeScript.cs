// The typescript-estree dialect (@typescript-eslint/typescript-estree 8): the keys it adds to
// JavaScript nodes, and TypeScript's own nodes. Types, signatures and type-only declarations
// only exist in a tree parsed with ParseOptions.TypeScriptTree; the run-time TypeScript nodes
// (enums, namespaces, import-equals, export =, decorators) exist in every TypeScript parse and
// are written in this shape in both dialects.
//
// typescript-estree leaves keys out (undefined) or writes null by a rule per key; the writer
// follows it key by key (see docs/typescript-estree.md). Key order does not matter: the
// reference itself is not consistent about it.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Estree;

public sealed partial class EstreeWriter
{
    // typescript-estree's external-module indicator (TypeScript's isFileProbablyExternalModule):
    // a top-level import, export or `export =`, an `import x = require()`, or import.meta anywhere.
    private static bool IsExternalModule(Program program)
    {
        foreach (var statement in program.Body)
        {
            switch (statement)
            {
                case ImportDeclaration or ExportNamedDeclaration or ExportDefaultDeclaration or ExportAllDeclaration or TSExportAssignment:
                case TSImportEqualsDeclaration { ModuleReference: Literal }:
                case TSImportEqualsDeclaration { IsExport: true }:
                    return true;
            }
        }
        return program.UsesImportMeta;
    }

    // ---- keys typescript-estree adds to JavaScript nodes ----

    private void WriteTypeScriptKeys(Node node)
    {
        switch (node.Type)
        {
            case NodeType.Identifier:
            case NodeType.ObjectPattern:
            case NodeType.ArrayPattern:
            case NodeType.AssignmentPattern:
            case NodeType.RestElement:
                WriteBindingKeys(node);
                break;
            case NodeType.VariableDeclaration:
                Key("declare"u8); WriteBool(((VariableDeclaration)node).Declare);
                break;
            case NodeType.VariableDeclarator:
                Key("definite"u8); WriteBool(((VariableDeclarator)node).Definite);
                break;
            case NodeType.FunctionDeclaration:
            case NodeType.FunctionExpression:
                {
                    var n = (FunctionNode)node;
                    Key("declare"u8); WriteBool(n.Declare);
                    WriteFunctionTypes(n);
                    break;
                }
            case NodeType.ArrowFunctionExpression:
                WriteFunctionTypes((FunctionNode)node);
                break;
            case NodeType.ClassDeclaration:
            case NodeType.ClassExpression:
                {
                    var n = (ClassNode)node;
                    Key("abstract"u8); WriteBool(n.Abstract);
                    Key("declare"u8); WriteBool(n.Declare);
                    WriteDecorators(n.Decorators);
                    Key("implements"u8); WriteNodes(n.Implements ?? []);
                    if (n.SuperTypeArguments is not null)
                    {
                        Key("superTypeArguments"u8); WriteNode(n.SuperTypeArguments);
                    }
                    if (n.TypeParameters is not null)
                    {
                        Key("typeParameters"u8); WriteNode(n.TypeParameters);
                    }
                    break;
                }
            case NodeType.MethodDefinition:
                {
                    var n = (MethodDefinition)node;
                    WriteAccessibility(n.Modifiers);
                    WriteDecorators(n.Decorators);
                    Key("optional"u8); WriteBool((n.Modifiers & TSModifiers.Optional) != 0);
                    Key("override"u8); WriteBool((n.Modifiers & TSModifiers.Override) != 0);
                    break;
                }
            case NodeType.PropertyDefinition:
                {
                    var n = (PropertyDefinition)node;
                    WriteAccessibility(n.Modifiers);
                    Key("declare"u8); WriteBool((n.Modifiers & TSModifiers.Declare) != 0);
                    WriteDecorators(n.Decorators);
                    Key("definite"u8); WriteBool((n.Modifiers & TSModifiers.Definite) != 0);
                    Key("optional"u8); WriteBool((n.Modifiers & TSModifiers.Optional) != 0);
                    Key("override"u8); WriteBool((n.Modifiers & TSModifiers.Override) != 0);
                    Key("readonly"u8); WriteBool((n.Modifiers & TSModifiers.Readonly) != 0);
                    if (n.TypeAnnotation is not null)
                    {
                        Key("typeAnnotation"u8); WriteNode(n.TypeAnnotation);
                    }
                    break;
                }
            case NodeType.Property:
                Key("optional"u8); WriteBool(false);
                break;
            case NodeType.CallExpression:
                WriteTypeArguments(((CallExpression)node).TypeArguments);
                break;
            case NodeType.NewExpression:
                WriteTypeArguments(((NewExpression)node).TypeArguments);
                break;
            case NodeType.TaggedTemplateExpression:
                WriteTypeArguments(((TaggedTemplateExpression)node).TypeArguments);
                break;
            case NodeType.JSXOpeningElement:
                WriteTypeArguments(((JSXOpeningElement)node).TypeArguments);
                break;
            case NodeType.ImportDeclaration:
                {
                    var n = (ImportDeclaration)node;
                    Key("importKind"u8); WriteKind(n.TypeOnly);
                    if (n.Phase == ImportPhase.Evaluation)
                    {
                        Key("phase"u8); WriteRaw("null"u8);
                    }
                    break;
                }
            case NodeType.ImportSpecifier:
                Key("importKind"u8); WriteKind(((ImportSpecifier)node).TypeOnly);
                break;
            case NodeType.ImportExpression:
                if (((ImportExpression)node).Phase == ImportPhase.Evaluation)
                {
                    Key("phase"u8); WriteRaw("null"u8);
                }
                break;
            case NodeType.ExportNamedDeclaration:
                {
                    var n = (ExportNamedDeclaration)node;
                    // `export interface`, `export type X =` and `export declare …` export types only.
                    var typeOnly = n.TypeOnly || n.Declaration is TSInterfaceDeclaration or TSTypeAliasDeclaration || IsDeclared(n.Declaration);
                    Key("exportKind"u8); WriteKind(typeOnly);
                    break;
                }
            case NodeType.ExportDefaultDeclaration:
                Key("exportKind"u8); WriteKind(false);
                break;
            case NodeType.ExportAllDeclaration:
                Key("exportKind"u8); WriteKind(((ExportAllDeclaration)node).TypeOnly);
                break;
            case NodeType.ExportSpecifier:
                Key("exportKind"u8); WriteKind(((ExportSpecifier)node).TypeOnly);
                break;
        }
    }

    private static bool IsDeclared(Node? declaration) => declaration switch
    {
        VariableDeclaration v => v.Declare,
        ClassNode c => c.Declare,
        FunctionNode f => f.Declare,
        TSEnumDeclaration e => e.Declare,
        TSModuleDeclaration m => m.Declare,
        _ => false,
    };

    // decorators, optional and typeAnnotation of an Identifier or a pattern.
    private void WriteBindingKeys(Node node)
    {
        BindingTypes types = default;
        _bindingTypes?.TryGetValue(node, out types);
        WriteDecorators(types.Decorators);
        Key("optional"u8); WriteBool(types.Optional);
        if (types.Annotation is not null)
        {
            Key("typeAnnotation"u8); WriteNode(types.Annotation);
        }
    }

    private void WriteFunctionTypes(FunctionNode node)
    {
        if (node.ReturnType is not null)
        {
            Key("returnType"u8); WriteNode(node.ReturnType);
        }
        if (node.TypeParameters is not null)
        {
            Key("typeParameters"u8); WriteNode(node.TypeParameters);
        }
    }

    private void WriteDecorators(Decorator[]? decorators)
    {
        Key("decorators"u8);
        WriteNodes(decorators ?? []);
    }

    private void WriteTypeArguments(TSTypeParameterInstantiation? typeArguments)
    {
        if (typeArguments is null)
            return;
        Key("typeArguments"u8); WriteNode(typeArguments);
    }

    private void WriteAccessibility(TSModifiers modifiers)
    {
        if ((modifiers & (TSModifiers.Public | TSModifiers.Private | TSModifiers.Protected)) == 0)
            return;
        Key("accessibility"u8);
        WriteRaw((modifiers & TSModifiers.Public) != 0 ? "\"public\""u8 : (modifiers & TSModifiers.Private) != 0 ? "\"private\""u8 : "\"protected\""u8);
    }

    private void WriteKind(bool typeOnly) => WriteRaw(typeOnly ? "\"type\""u8 : "\"value\""u8);

    private static ReadOnlySpan<byte> PropertyDefinitionType(TSModifiers modifiers) =>
        (modifiers & (TSModifiers.Abstract | TSModifiers.Accessor)) switch
        {
            TSModifiers.Abstract | TSModifiers.Accessor => "TSAbstractAccessorProperty"u8,
            TSModifiers.Accessor => "AccessorProperty"u8,
            TSModifiers.Abstract => "TSAbstractPropertyDefinition"u8,
            _ => "PropertyDefinition"u8,
        };

    // ---- TypeScript's nodes ----

    /// <summary>Writes a TypeScript node (without the closing brace); false for a type this dialect does not know.</summary>
    private bool WriteTypeScriptNode(Node node)
    {
        switch (node.Type)
        {
            // Run-time declarations (in every TypeScript parse).
            case NodeType.TSEnumDeclaration:
                {
                    var n = (TSEnumDeclaration)node;
                    Begin("TSEnumDeclaration"u8, n);
                    Key("id"u8); WriteNode(n.Id);
                    Key("body"u8);
                    BeginRange("TSEnumBody"u8, n.BodyStart, n.End);
                    Key("members"u8); WriteNodes(n.Members);
                    WriteByte((byte)'}');
                    Key("const"u8); WriteBool(n.Const);
                    Key("declare"u8); WriteBool(n.Declare);
                    return true;
                }
            case NodeType.TSEnumMember:
                {
                    var n = (TSEnumMember)node;
                    Begin("TSEnumMember"u8, n);
                    Key("id"u8); WriteNode(n.Id);
                    if (n.Initializer is not null)
                    {
                        Key("initializer"u8); WriteNode(n.Initializer);
                    }
                    return true;
                }
            case NodeType.TSModuleDeclaration:
                WriteModuleDeclaration((TSModuleDeclaration)node);
                return true;
            case NodeType.TSImportEqualsDeclaration:
                {
                    var n = (TSImportEqualsDeclaration)node;
                    Begin("TSImportEqualsDeclaration"u8, n);
                    Key("id"u8); WriteNode(n.Id);
                    Key("moduleReference"u8);
                    if (n.ModuleReference is Literal external)
                    {
                        // `require("m")`: from `require` through `)`.
                        BeginRange("TSExternalModuleReference"u8, RequireStart(external.Start), external.End + 1);
                        Key("expression"u8); WriteNode(external);
                        WriteByte((byte)'}');
                    }
                    else
                    {
                        WriteEntityName(n.ModuleReference);
                    }
                    Key("importKind"u8); WriteKind(n.TypeOnly);
                    return true;
                }
            case NodeType.TSExportAssignment:
                {
                    var n = (TSExportAssignment)node;
                    Begin("TSExportAssignment"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    return true;
                }
            case NodeType.Decorator:
                {
                    var n = (Decorator)node;
                    Begin("Decorator"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    return true;
                }

            // Declarations and expressions of a TypeScriptTree parse.
            case NodeType.TSInterfaceDeclaration:
                {
                    var n = (TSInterfaceDeclaration)node;
                    Begin("TSInterfaceDeclaration"u8, n);
                    Key("body"u8); WriteNode(n.Body);
                    Key("declare"u8); WriteBool(n.Declare);
                    Key("extends"u8); WriteNodes(n.Extends);
                    Key("id"u8); WriteNode(n.Id);
                    WriteOptional("typeParameters"u8, n.TypeParameters);
                    return true;
                }
            case NodeType.TSInterfaceBody:
                {
                    var n = (TSInterfaceBody)node;
                    Begin("TSInterfaceBody"u8, n);
                    Key("body"u8); WriteNodes(n.Body);
                    return true;
                }
            case NodeType.TSInterfaceHeritage:
            case NodeType.TSClassImplements:
                {
                    var n = (TSHeritage)node;
                    Begin(n.Type == NodeType.TSInterfaceHeritage ? "TSInterfaceHeritage"u8 : "TSClassImplements"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    WriteOptional("typeArguments"u8, n.TypeArguments);
                    return true;
                }
            case NodeType.TSTypeAliasDeclaration:
                {
                    var n = (TSTypeAliasDeclaration)node;
                    Begin("TSTypeAliasDeclaration"u8, n);
                    Key("declare"u8); WriteBool(n.Declare);
                    Key("id"u8); WriteNode(n.Id);
                    Key("typeAnnotation"u8); WriteNode(n.TypeAnnotation);
                    WriteOptional("typeParameters"u8, n.TypeParameters);
                    return true;
                }
            case NodeType.TSDeclareFunction:
                {
                    var n = (TSDeclareFunction)node;
                    WriteFunction("TSDeclareFunction"u8, n, isExpression: false);
                    Key("declare"u8); WriteBool(n.Declare);
                    WriteFunctionTypes(n);
                    return true;
                }
            case NodeType.TSNamespaceExportDeclaration:
                {
                    var n = (TSNamespaceExportDeclaration)node;
                    Begin("TSNamespaceExportDeclaration"u8, n);
                    Key("id"u8); WriteNode(n.Id);
                    return true;
                }
            case NodeType.TSAsExpression:
            case NodeType.TSSatisfiesExpression:
            case NodeType.TSTypeAssertion:
                {
                    var n = (TSTypeCastExpression)node;
                    Begin(n.Type switch
                    {
                        NodeType.TSAsExpression => "TSAsExpression"u8,
                        NodeType.TSSatisfiesExpression => "TSSatisfiesExpression"u8,
                        _ => "TSTypeAssertion"u8,
                    }, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    Key("typeAnnotation"u8); WriteNode(n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSNonNullExpression:
                {
                    var n = (TSNonNullExpression)node;
                    Begin("TSNonNullExpression"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    return true;
                }
            case NodeType.TSInstantiationExpression:
                {
                    var n = (TSInstantiationExpression)node;
                    Begin("TSInstantiationExpression"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    Key("typeArguments"u8); WriteNode(n.TypeArguments);
                    return true;
                }
            case NodeType.TSParameterProperty:
                {
                    var n = (TSParameterProperty)node;
                    Begin("TSParameterProperty"u8, n);
                    WriteAccessibility(n.Modifiers);
                    WriteDecorators(n.Decorators);
                    Key("override"u8); WriteBool((n.Modifiers & TSModifiers.Override) != 0);
                    Key("parameter"u8); WriteNode(n.Parameter);
                    Key("readonly"u8); WriteBool((n.Modifiers & TSModifiers.Readonly) != 0);
                    Key("static"u8); WriteBool((n.Modifiers & TSModifiers.Static) != 0);
                    return true;
                }

            // Types.
            case NodeType.TSAnyKeyword: Begin("TSAnyKeyword"u8, node); return true;
            case NodeType.TSUnknownKeyword: Begin("TSUnknownKeyword"u8, node); return true;
            case NodeType.TSNumberKeyword: Begin("TSNumberKeyword"u8, node); return true;
            case NodeType.TSBigIntKeyword: Begin("TSBigIntKeyword"u8, node); return true;
            case NodeType.TSBooleanKeyword: Begin("TSBooleanKeyword"u8, node); return true;
            case NodeType.TSStringKeyword: Begin("TSStringKeyword"u8, node); return true;
            case NodeType.TSSymbolKeyword: Begin("TSSymbolKeyword"u8, node); return true;
            case NodeType.TSObjectKeyword: Begin("TSObjectKeyword"u8, node); return true;
            case NodeType.TSNeverKeyword: Begin("TSNeverKeyword"u8, node); return true;
            case NodeType.TSUndefinedKeyword: Begin("TSUndefinedKeyword"u8, node); return true;
            case NodeType.TSNullKeyword: Begin("TSNullKeyword"u8, node); return true;
            case NodeType.TSVoidKeyword: Begin("TSVoidKeyword"u8, node); return true;
            case NodeType.TSIntrinsicKeyword: Begin("TSIntrinsicKeyword"u8, node); return true;
            case NodeType.TSThisType: Begin("TSThisType"u8, node); return true;
            case NodeType.TSTypeReference:
                {
                    var n = (TSTypeReference)node;
                    Begin("TSTypeReference"u8, n);
                    Key("typeName"u8); WriteNode(n.TypeName);
                    WriteOptional("typeArguments"u8, n.TypeArguments);
                    return true;
                }
            case NodeType.TSQualifiedName:
                {
                    var n = (TSQualifiedName)node;
                    Begin("TSQualifiedName"u8, n);
                    Key("left"u8); WriteNode(n.Left);
                    Key("right"u8); WriteNode(n.Right);
                    return true;
                }
            case NodeType.TSLiteralType:
                {
                    var n = (TSLiteralType)node;
                    Begin("TSLiteralType"u8, n);
                    Key("literal"u8); WriteNode(n.Literal);
                    return true;
                }
            case NodeType.TSTemplateLiteralType:
                {
                    var n = (TSTemplateLiteralType)node;
                    Begin("TSTemplateLiteralType"u8, n);
                    Key("quasis"u8); WriteNodes(n.Quasis);
                    Key("types"u8); WriteNodes(n.Types);
                    return true;
                }
            case NodeType.TSUnionType:
            case NodeType.TSIntersectionType:
                {
                    var n = (TSCompositeType)node;
                    Begin(n.Type == NodeType.TSUnionType ? "TSUnionType"u8 : "TSIntersectionType"u8, n);
                    Key("types"u8); WriteNodes(n.Types);
                    return true;
                }
            case NodeType.TSArrayType:
                {
                    var n = (TSArrayType)node;
                    Begin("TSArrayType"u8, n);
                    Key("elementType"u8); WriteNode(n.ElementType);
                    return true;
                }
            case NodeType.TSIndexedAccessType:
                {
                    var n = (TSIndexedAccessType)node;
                    Begin("TSIndexedAccessType"u8, n);
                    Key("indexType"u8); WriteNode(n.IndexType);
                    Key("objectType"u8); WriteNode(n.ObjectType);
                    return true;
                }
            case NodeType.TSTypeOperator:
                {
                    var n = (TSTypeOperator)node;
                    Begin("TSTypeOperator"u8, n);
                    Key("operator"u8); WriteString(n.Operator);
                    Key("typeAnnotation"u8); WriteNode(n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSTupleType:
                {
                    var n = (TSTupleType)node;
                    Begin("TSTupleType"u8, n);
                    Key("elementTypes"u8); WriteNodes(n.ElementTypes);
                    return true;
                }
            case NodeType.TSOptionalType:
            case NodeType.TSRestType:
                {
                    var n = (TSTupleElementType)node;
                    Begin(n.Type == NodeType.TSOptionalType ? "TSOptionalType"u8 : "TSRestType"u8, n);
                    Key("typeAnnotation"u8); WriteNode(n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSNamedTupleMember:
                {
                    var n = (TSNamedTupleMember)node;
                    Begin("TSNamedTupleMember"u8, n);
                    Key("elementType"u8); WriteNode(n.ElementType);
                    Key("label"u8); WriteNode(n.Label);
                    Key("optional"u8); WriteBool(n.Optional);
                    return true;
                }
            case NodeType.TSConditionalType:
                {
                    var n = (TSConditionalType)node;
                    Begin("TSConditionalType"u8, n);
                    Key("checkType"u8); WriteNode(n.CheckType);
                    Key("extendsType"u8); WriteNode(n.ExtendsType);
                    Key("falseType"u8); WriteNode(n.FalseType);
                    Key("trueType"u8); WriteNode(n.TrueType);
                    return true;
                }
            case NodeType.TSInferType:
                {
                    var n = (TSInferType)node;
                    Begin("TSInferType"u8, n);
                    Key("typeParameter"u8); WriteNode(n.TypeParameter);
                    return true;
                }
            case NodeType.TSMappedType:
                {
                    var n = (TSMappedType)node;
                    Begin("TSMappedType"u8, n);
                    Key("constraint"u8); WriteNode(n.Constraint);
                    Key("key"u8); WriteNode(n.Key);
                    Key("nameType"u8); WriteNode(n.NameType);
                    Key("optional"u8); WriteMappedModifier(n.Optional, noneAsFalse: true);
                    if (n.Readonly != TSMappedModifier.None)
                    {
                        Key("readonly"u8); WriteMappedModifier(n.Readonly, noneAsFalse: false);
                    }
                    WriteOptional("typeAnnotation"u8, n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSTypeQuery:
                {
                    var n = (TSTypeQuery)node;
                    Begin("TSTypeQuery"u8, n);
                    Key("exprName"u8); WriteNode(n.ExprName);
                    WriteOptional("typeArguments"u8, n.TypeArguments);
                    return true;
                }
            case NodeType.TSImportType:
                {
                    var n = (TSImportType)node;
                    Begin("TSImportType"u8, n);
                    Key("options"u8); WriteNode(n.Options);
                    Key("qualifier"u8); WriteNode(n.Qualifier);
                    Key("source"u8); WriteNode(n.Source);
                    Key("typeArguments"u8); WriteNode(n.TypeArguments);
                    return true;
                }
            case NodeType.TSFunctionType:
            case NodeType.TSConstructorType:
            case NodeType.TSCallSignatureDeclaration:
            case NodeType.TSConstructSignatureDeclaration:
                {
                    var n = (TSSignature)node;
                    Begin(n.Type switch
                    {
                        NodeType.TSFunctionType => "TSFunctionType"u8,
                        NodeType.TSConstructorType => "TSConstructorType"u8,
                        NodeType.TSCallSignatureDeclaration => "TSCallSignatureDeclaration"u8,
                        _ => "TSConstructSignatureDeclaration"u8,
                    }, n);
                    if (n.Type == NodeType.TSConstructorType)
                    {
                        Key("abstract"u8); WriteBool(n.Abstract);
                    }
                    WriteSignatureKeys(n);
                    return true;
                }
            case NodeType.TSTypePredicate:
                {
                    var n = (TSTypePredicate)node;
                    Begin("TSTypePredicate"u8, n);
                    Key("asserts"u8); WriteBool(n.Asserts);
                    Key("parameterName"u8); WriteNode(n.ParameterName);
                    Key("typeAnnotation"u8); WriteNode(n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSTypeLiteral:
                {
                    var n = (TSTypeLiteral)node;
                    Begin("TSTypeLiteral"u8, n);
                    Key("members"u8); WriteNodes(n.Members);
                    return true;
                }
            case NodeType.TSPropertySignature:
                {
                    var n = (TSPropertySignature)node;
                    Begin("TSPropertySignature"u8, n);
                    WriteAccessibility(n.Modifiers);
                    Key("computed"u8); WriteBool(n.Computed);
                    Key("key"u8); WriteNode(n.Key);
                    Key("optional"u8); WriteBool((n.Modifiers & TSModifiers.Optional) != 0);
                    Key("readonly"u8); WriteBool((n.Modifiers & TSModifiers.Readonly) != 0);
                    Key("static"u8); WriteBool((n.Modifiers & TSModifiers.Static) != 0);
                    WriteOptional("typeAnnotation"u8, n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSMethodSignature:
                {
                    var n = (TSMethodSignature)node;
                    Begin("TSMethodSignature"u8, n);
                    WriteAccessibility(n.Modifiers);
                    Key("computed"u8); WriteBool(n.Computed);
                    Key("key"u8); WriteNode(n.Key);
                    Key("kind"u8); WriteRaw(n.Kind switch { MethodKind.Get => "\"get\""u8, MethodKind.Set => "\"set\""u8, _ => "\"method\""u8 });
                    Key("optional"u8); WriteBool((n.Modifiers & TSModifiers.Optional) != 0);
                    Key("readonly"u8); WriteBool((n.Modifiers & TSModifiers.Readonly) != 0);
                    Key("static"u8); WriteBool((n.Modifiers & TSModifiers.Static) != 0);
                    WriteSignatureKeys(n.Signature);
                    return true;
                }
            case NodeType.TSIndexSignature:
                {
                    var n = (TSIndexSignature)node;
                    Begin("TSIndexSignature"u8, n);
                    WriteAccessibility(n.Modifiers);
                    Key("parameters"u8); WriteNodes(n.Parameters);
                    Key("readonly"u8); WriteBool((n.Modifiers & TSModifiers.Readonly) != 0);
                    Key("static"u8); WriteBool((n.Modifiers & TSModifiers.Static) != 0);
                    WriteOptional("typeAnnotation"u8, n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSTypeAnnotation:
                {
                    var n = (TSTypeAnnotation)node;
                    Begin("TSTypeAnnotation"u8, n);
                    Key("typeAnnotation"u8); WriteNode(n.TypeAnnotation);
                    return true;
                }
            case NodeType.TSTypeParameterDeclaration:
                {
                    var n = (TSTypeParameterDeclaration)node;
                    Begin("TSTypeParameterDeclaration"u8, n);
                    Key("params"u8); WriteNodes(n.Params);
                    return true;
                }
            case NodeType.TSTypeParameter:
                {
                    var n = (TSTypeParameter)node;
                    Begin("TSTypeParameter"u8, n);
                    Key("const"u8); WriteBool(n.Const);
                    WriteOptional("constraint"u8, n.Constraint);
                    WriteOptional("default"u8, n.Default);
                    Key("in"u8); WriteBool(n.In);
                    Key("name"u8); WriteNode(n.Name);
                    Key("out"u8); WriteBool(n.Out);
                    return true;
                }
            case NodeType.TSTypeParameterInstantiation:
                {
                    var n = (TSTypeParameterInstantiation)node;
                    Begin("TSTypeParameterInstantiation"u8, n);
                    Key("params"u8); WriteNodes(n.Params);
                    return true;
                }
        }
        return false;
    }

    private void WriteSignatureKeys(TSSignature signature)
    {
        Key("params"u8); WriteNodes(signature.Params);
        WriteOptional("returnType"u8, signature.ReturnType);
        WriteOptional("typeParameters"u8, signature.TypeParameters);
    }

    // A key typescript-estree leaves out when there is nothing to write.
    private void WriteOptional(ReadOnlySpan<byte> key, Node? value)
    {
        if (value is null)
            return;
        Key(key); WriteNode(value);
    }

    private void WriteMappedModifier(TSMappedModifier modifier, bool noneAsFalse) => WriteRaw(modifier switch
    {
        TSMappedModifier.Plus => "\"+\""u8,
        TSMappedModifier.Minus => "\"-\""u8,
        TSMappedModifier.Plain => "true"u8,
        _ => noneAsFalse ? "false"u8 : "null"u8,
    });

    private void WriteModuleDeclaration(TSModuleDeclaration node)
    {
        Begin("TSModuleDeclaration"u8, node);
        // `namespace A.B.C { … }` is one declaration named by a TSQualifiedName, with C's body.
        var innermost = node;
        var depth = 1;
        while (innermost.IsDottedOuter)
        {
            innermost = (TSModuleDeclaration)innermost.Body[0];
            depth++;
        }
        Key("id"u8);
        if (node.ExternalName is not null)
            WriteNode(node.ExternalName);
        else
            WriteModuleName(node, depth);
        if (innermost.BodyStart >= 0)
        {
            Key("body"u8);
            BeginRange("TSModuleBlock"u8, innermost.BodyStart, node.End);
            Key("body"u8); WriteNodes(innermost.Body);
            WriteByte((byte)'}');
        }
        Key("declare"u8); WriteBool(node.Declare);
        Key("global"u8); WriteBool(node.Kind == TSModuleKind.Global);
        Key("kind"u8);
        WriteRaw(node.Kind switch { TSModuleKind.Global => "\"global\""u8, TSModuleKind.Module => "\"module\""u8, _ => "\"namespace\""u8 });
    }

    // The first `count` names of a dotted namespace chain, as nested TSQualifiedNames.
    private void WriteModuleName(TSModuleDeclaration outer, int count)
    {
        if (count == 1)
        {
            WriteNode(outer.Id);
            return;
        }
        var last = outer;
        for (var i = 1; i < count; i++)
            last = (TSModuleDeclaration)last.Body[0];
        BeginRange("TSQualifiedName"u8, outer.Id.Start, last.Id.End);
        Key("left"u8); WriteModuleName(outer, count - 1);
        Key("right"u8); WriteNode(last.Id);
        WriteByte((byte)'}');
    }

    // `import x = A.B`: typescript-estree names the target with TSQualifiedNames, not members.
    private void WriteEntityName(Node name)
    {
        if (!_tsEstree || name is not MemberExpression member)
        {
            WriteNode(name);
            return;
        }
        Begin("TSQualifiedName"u8, member);
        Key("left"u8); WriteEntityName(member.Object);
        Key("right"u8); WriteNode(member.Property);
        WriteByte((byte)'}');
    }

    // The `require` before `(` and the string of `require("m")`.
    private int RequireStart(int stringStart)
    {
        var i = _source.LastIndexOf("require", stringStart, StringComparison.Ordinal);
        return i >= 0 ? i : stringStart;
    }
}
