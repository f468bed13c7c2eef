// Follows webpack lib/dependencies/ImportMetaPlugin.js (5.112): import.meta.url is the module's
// file URL, import.meta.webpack the major version, import.meta.main whether the module is the
// entry, import.meta.env the merged object of every definition below it (DefinePlugin,
// EnvironmentPlugin, DotenvPlugin, optimization.nodeEnv's Vite defaults; a key none defines is
// undefined), and a property the definitions give import.meta (`"import.meta.build.time"`) its
// merged object. A bare import.meta is an object of those (only the destructured keys for
// `const { url } = import.meta`); typeof and truthiness of import.meta and its known fields are
// known to the evaluator. Any other property is `undefined` (a comment names it), except
// import.meta.dirname/filename (NodeStuffParserPlugin's) and import.meta.webpackHot (HMR's).
// The parser option importMeta switches this off (import.meta is then written as
// output.importMetaName), keeps unknown properties ("preserve-unknown"), or leaves single fields
// to the platform (its object form).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Hooks;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>import.meta and its properties.</summary>
public static class ImportMetaParserPlugin
{
    private const string Name = "ImportMetaPlugin";

    // Before DefinePlugin's object definitions (webpack's IMPORT_META_STAGE_REPLACEMENT): import.meta.env is merged here.
    private const int ReplacementStage = -100;

    // webpack's WEBPACK_VERSION: the major version a bundle reports as import.meta.webpack.
    private const int WebpackVersion = 5;

    // webpack's name for a module's import.meta object.
    private const string MetaVariable = "__webpack_import_meta__";

    // The module's own module object is its module parameter, whatever that is named (webpack's moduleArgument).
    private static string MainCode(JavascriptParser parser) => "__webpack_require__.c[__webpack_require__.s] === " + parser.Result.ModuleArgument;
    private static readonly RuntimeGlobals MainRequirements = RuntimeGlobals.ModuleCache | RuntimeGlobals.EntryModuleId | RuntimeGlobals.Module;

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        var definitions = hooks.Definitions;

        // import.meta
        TapType(hooks, "import.meta", "object");
        hooks.EvaluateIdentifier.For("import.meta").Tap(Name, static (parser, node) =>
            parser.ParserOptions.ImportMeta ? BasicEvaluatedExpression.OfObject(node.Start, node.End) : null);
        hooks.Expression.For("import.meta").Tap(Name, (parser, node) =>
        {
            if (!parser.ParserOptions.ImportMeta)
            {
                // Left to the platform, under the output's name for it.
                if (parser.Options.Output.ImportMetaName != "import.meta")
                    parser.Replace(node.Start, node.End, parser.Options.Output.ImportMetaName);
                return true;
            }
            var keys = parser.DestructuringAssignmentPropertiesFor(node);
            var requirements = RuntimeGlobals.None;
            var properties = MetaObject(parser, hooks, keys, ref requirements);
            if (keys is null)
            {
                // One object per module (webpack's __webpack_import_meta__, declared at the top of
                // the module), so `import.meta === import.meta` and what code sets on it stays;
                // with unknown properties preserved it is the platform's import.meta, extended.
                parser.Result.RuntimeRequirements |= requirements;
                // A native import.meta does not parse where the module runs at build time.
                parser.AddDependency(new CachedConstDependency(PreserveUnknown(parser)
                    ? "Object.assign(import.meta, {" + properties + "})" : "{" + properties + "}", MetaVariable, inChunk: false)
                { Start = node.Start, End = node.End, BuildTimeExpression = "{" + properties + "}" });
                return true;
            }
            var prefix = parser.IsAsiPosition(node.Start) ? ";" : "";
            var buildTimeRequirements = RuntimeGlobals.None;
            var buildTimeProperties = MetaObject(parser, hooks, keys, ref buildTimeRequirements, buildTime: true);
            parser.Replace(node.Start, node.End, prefix + "({" + properties + "})", requirements,
                buildTimeProperties == properties ? null : prefix + "({" + buildTimeProperties + "})");
            return true;
        });

        // import.meta.url
        TapType(hooks, "import.meta.url", "string");
        hooks.Expression.For("import.meta.url").Tap(Name, static (parser, node) =>
        {
            if (!parser.ParserOptions.IsImportMetaFieldEnabled("url"))
                return null;
            parser.Replace(node.Start, node.End, CodeGenerationContext.JsonString(Url(parser)));
            return true;
        });
        hooks.EvaluateIdentifier.For("import.meta.url").Tap(Name, static (parser, node) =>
            parser.ParserOptions.IsImportMetaFieldEnabled("url") ? BasicEvaluatedExpression.OfString(Url(parser), node.Start, node.End) : null);

        // import.meta.webpack
        TapType(hooks, "import.meta.webpack", "number");
        hooks.Expression.For("import.meta.webpack").Tap(Name, static (parser, node) =>
        {
            if (!parser.ParserOptions.IsImportMetaFieldEnabled("webpack"))
                return null;
            parser.Replace(node.Start, node.End, "5");
            return true;
        });
        hooks.EvaluateIdentifier.For("import.meta.webpack").Tap(Name, static (parser, node) =>
            parser.ParserOptions.IsImportMetaFieldEnabled("webpack") ? BasicEvaluatedExpression.OfNumber(WebpackVersion, node.Start, node.End) : null);

        // import.meta.main
        TapType(hooks, "import.meta.main", "boolean");
        hooks.Expression.For("import.meta.main").Tap(Name, static (parser, node) =>
        {
            if (!parser.ParserOptions.IsImportMetaFieldEnabled("main"))
                return null;
            // Compares the entry's module with this module's own: it keeps its function.
            parser.Result.ConcatenationBailout ??= "import.meta.main";
            parser.Replace(node.Start, node.End, MainCode(parser), MainRequirements);
            return true;
        });

        // import.meta.webpackHot: undefined without HMR (the HMR plugin answers first when on).
        hooks.Expression.For("import.meta.webpackHot").Tap(Name, static (parser, node) =>
        {
            if (!parser.ParserOptions.IsImportMetaFieldEnabled("webpackHot"))
                return null;
            parser.Replace(node.Start, node.End, "undefined");
            return true;
        });

        // import.meta.env: every definition below it, merged; a custom definition of the whole
        // object (a value, not an object) is DefinePlugin's.
        TapType(hooks, "import.meta.env", "object");
        hooks.EvaluateIdentifier.For("import.meta.env").Tap(Name, static (parser, node) =>
            parser.ParserOptions.IsImportMetaFieldEnabled("env") ? BasicEvaluatedExpression.OfObject(node.Start, node.End) : null);
        hooks.Expression.For("import.meta.env").Tap(new TapOptions(Name) { Stage = ReplacementStage }, (parser, node) =>
        {
            if (!parser.ParserOptions.IsImportMetaFieldEnabled("env"))
                return null;
            var env = definitions.Find("import.meta.env");
            if (env is { Children: null })
                return null;
            var keys = parser.DestructuringAssignmentPropertiesFor(node);
            var code = env is null ? "{}" : DefineDefinitions.Render(env, parser, "import.meta.env", keys);
            parser.Replace(node.Start, node.End, (parser.IsAsiPosition(node.Start) ? ";(" : "(") + code + ")");
            return true;
        });
        hooks.ExpressionMemberChain.For("import.meta").Tap(Name, (parser, member, path) =>
        {
            if (path is null || Member(path, 0) is not { } first || !parser.ParserOptions.IsImportMetaFieldEnabled(first))
                return null;
            if (first == "env")
            {
                // import.meta.env.KEY that nothing defines is undefined; members of a custom definition resolve at runtime.
                if (Member(path, 1) is not { } key)
                    return null;
                var env = definitions.Find("import.meta.env");
                if (env is { Children: null } || env?.Children?.ContainsKey(key) == true)
                    return null;
                parser.Replace(member.Start, member.End, "undefined");
                return true;
            }
            // A property only dotted keys define (`import.meta.build` with "import.meta.build.time").
            if (IsField(first) || definitions.Find("import.meta." + first) is not { } custom)
                return null;
            var rest = path[("import.meta.".Length + first.Length)..];
            parser.Replace(member.Start, member.End, "(" + DefineDefinitions.Render(custom, parser, "import.meta." + first) + ")" + rest);
            return true;
        });

        // Any other property: undefined, with what remains of the chain read off it (as it would throw natively).
        hooks.UnhandledExpressionMemberChain.For("import.meta").Tap(Name, static (parser, member, path) =>
        {
            if (path is null || Member(path, 0) is not { } first || !parser.ParserOptions.ImportMeta)
                return null;
            // Kept as written: env's own members, NodeStuffParserPlugin's fields, and what is left to
            // the platform (but a native import.meta does not parse where the module runs at build time).
            if (first is "env" or "dirname" or "filename")
                return true;
            var members = path["import.meta.".Length..];
            var rest = members[first.Length..];
            if (PreserveUnknown(parser) || !parser.ParserOptions.IsImportMetaFieldEnabled(first))
            {
                parser.Replace(member.Start, member.End, "import.meta" + ChainAccess(members),
                    buildTimeCode: "/* unsupported import.meta." + members + " */ undefined" + rest);
                return true;
            }
            parser.Replace(member.Start, member.End, "/* unsupported import.meta." + members + " */ undefined" + rest);
            return true;
        });
        // ...and it evaluates to undefined (`if (import.meta.hot)` is dead code), unless a definition or a field of its own answers.
        hooks.Evaluate.For("MemberExpression").Tap(Name, (parser, node) =>
        {
            if (node is not MemberExpression { Object: MetaProperty { Meta.Name: "import", Property.Name: "meta" } } member || !parser.ParserOptions.ImportMeta)
                return null;
            var property = member.Computed ? (member.Property is Literal { Kind: LiteralKind.String } key ? key.StringValue : null) : (member.Property as Identifier)?.Name;
            if (property is null || !parser.ParserOptions.IsImportMetaFieldEnabled(property) || IsField(property) || PreserveUnknown(parser)
                || definitions.Find("import.meta." + property) is not null)
                return null;
            return BasicEvaluatedExpression.OfUndefined(member.Start, member.End);
        });
    }

    // The properties of a bare import.meta (webpack's __webpack_import_meta__, or the destructured
    // keys only): the fields webpack knows, then the properties definitions give it.
    // The object that stands for import.meta (its destructured keys only, when given); for build-time
    // execution, keys left to the platform are undefined (a native import.meta does not parse there).
    private static string MetaObject(JavascriptParser parser, JavascriptParserHooks hooks, IReadOnlyList<string>? keys, ref RuntimeGlobals requirements, bool buildTime = false)
    {
        var definitions = hooks.Definitions;
        var builder = new System.Text.StringBuilder();
        var options = parser.ParserOptions;
        if (keys is null)
        {
            if (options.IsImportMetaFieldEnabled("url"))
                builder.Append("url: ").Append(CodeGenerationContext.JsonString(Url(parser))).Append(", ");
            if (options.IsImportMetaFieldEnabled("webpack"))
                builder.Append("webpack: 5, ");
            if (options.IsImportMetaFieldEnabled("main"))
            {
                parser.Result.ConcatenationBailout ??= "import.meta.main";
                builder.Append("main: ").Append(MainCode(parser)).Append(", ");
                requirements |= MainRequirements;
            }
            if (options.IsImportMetaFieldEnabled("env"))
            {
                var env = definitions.Find("import.meta.env");
                builder.Append("env: ").Append(env is null ? "{}" : DefineDefinitions.Render(env, parser, "import.meta.env")).Append(", ");
            }
            if (definitions.Find("import.meta") is { Children: { } children })
            {
                foreach (var (name, node) in children)
                {
                    if (!IsField(name) && options.IsImportMetaFieldEnabled(name))
                        builder.Append(DefineValue.PropertyKey(name)).Append(": ").Append(DefineDefinitions.Render(node, parser, "import.meta." + name)).Append(", ");
                }
            }
            if (builder.Length > 0)
                builder.Length -= 2;
            return builder.ToString();
        }
        foreach (var key in keys)
        {
            // A property another plugin owns (NodeStuffPlugin's dirname and filename).
            if (hooks.ImportMetaPropertyInDestructuring.IsUsed && hooks.ImportMetaPropertyInDestructuring.Call(parser, key) is { } owned)
            {
                builder.Append(owned);
                continue;
            }
            if (!options.IsImportMetaFieldEnabled(key))
            {
                // Left to the platform: read natively (webpack's importMetaRuntimeProperty).
                builder.Append('[').Append(CodeGenerationContext.JsonString(key)).Append("]: import.meta").Append(PropertyAccess(key)).Append(',');
                continue;
            }
            switch (key)
            {
                case "url":
                    builder.Append("url: ").Append(CodeGenerationContext.JsonString(Url(parser))).Append(',');
                    break;
                case "webpack":
                    builder.Append("webpack: 5,");
                    break;
                case "main":
                    builder.Append("main: ").Append(MainCode(parser)).Append(',');
                    requirements |= MainRequirements;
                    break;
                case "env":
                    var env = definitions.Find("import.meta.env");
                    builder.Append("env: ").Append(env is null ? "{}" : DefineDefinitions.Render(env, parser, "import.meta.env")).Append(',');
                    break;
                default:
                    if (!IsField(key) && definitions.Find("import.meta." + key) is { } custom)
                        builder.Append(DefineValue.PropertyKey(key)).Append(": ").Append(DefineDefinitions.Render(custom, parser, "import.meta." + key)).Append(',');
                    else if (PreserveUnknown(parser) && !buildTime)
                        builder.Append('[').Append(CodeGenerationContext.JsonString(key)).Append("]: import.meta").Append(PropertyAccess(key)).Append(',');
                    else
                        builder.Append('[').Append(CodeGenerationContext.JsonString(key)).Append("]: /* unsupported import.meta.").Append(key).Append(" */ undefined,");
                    break;
            }
        }
        return builder.ToString();
    }

    // webpack's preserveUnknown: "preserve-unknown" or the object form of the importMeta option.
    private static bool PreserveUnknown(JavascriptParser parser) => parser.ParserOptions.ImportMetaPreserveUnknown;

    private static string PropertyAccess(string name) => PropertyNames.Access(name);

    // webpack's propertyAccess(members) of a dotted member path ("a.b" → ".a.b").
    private static string ChainAccess(string members)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var member in members.Split('.'))
            builder.Append(PropertyAccess(member));
        return builder.ToString();
    }

    // webpack's IMPORT_META_FIELDS: handled by their own logic, never by a definition.
    private static bool IsField(string name) => name is "url" or "webpack" or "main" or "env" or "dirname" or "filename"
        or "resolve" or "webpackContext" or "webpackHot";

    // The index-th member after import.meta in a path, or null.
    private static string? Member(string path, int index)
    {
        var start = "import.meta".Length;
        for (var i = 0; i <= index; i++)
        {
            if (start >= path.Length || path[start] != '.')
                return null;
            var end = path.IndexOf('.', start + 1);
            if (i == index)
                return end < 0 ? path[(start + 1)..] : path[(start + 1)..end];
            if (end < 0)
                return null;
            start = end;
        }
        return null;
    }

    private static string Url(JavascriptParser parser) => new Uri(parser.Module.Resource).AbsoluteUri;

    // typeof of a known field: the type, at build time and in the output.
    private static void TapType(JavascriptParserHooks hooks, string key, string type)
    {
        var code = CodeGenerationContext.JsonString(type);
        var field = key.Length > "import.meta.".Length ? key["import.meta.".Length..] : null;
        hooks.EvaluateTypeof.For(key).Tap(Name, (parser, node) =>
            Enabled(parser, field) ? BasicEvaluatedExpression.OfString(type, node.Start, node.End) : null);
        hooks.Typeof.For(key).Tap(Name, (parser, node) =>
        {
            if (!Enabled(parser, field))
                return null;
            parser.Replace(node.Start, node.End, code);
            return true;
        });
    }

    private static bool Enabled(JavascriptParser parser, string? field) =>
        field is null ? parser.ParserOptions.ImportMeta : parser.ParserOptions.IsImportMetaFieldEnabled(field);
}
