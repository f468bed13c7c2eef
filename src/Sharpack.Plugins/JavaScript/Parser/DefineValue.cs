// A definition's value as webpack's DefinePlugin keeps it (its CodeValue): code as written, a
// runtime value (code asked of a function for each module that uses it), an object (each of its
// paths defined too, and the whole object as a literal of its values' code) or an array. toCode
// below follows webpack's toCode and stringifyObj for these shapes.

using System.Text;
using Sharpack.Core.CodeGeneration;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>The value of one definition (webpack's DefinePlugin <c>CodeValue</c>).</summary>
public sealed class DefineValue
{
    private DefineValue(string? code, Func<JavascriptParser, string, string>? runtime,
        IReadOnlyList<KeyValuePair<string, DefineValue>>? properties, IReadOnlyList<DefineValue>? items)
    {
        Code = code;
        Runtime = runtime;
        Properties = properties;
        Items = items;
    }

    /// <summary>Code as written (a string definition; literals and RegExps as their source).</summary>
    public static DefineValue OfCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new(code, null, null, null);
    }

    /// <summary>A runtime value: <paramref name="code"/> gives the code for the module being parsed and the defined key.</summary>
    public static DefineValue OfRuntime(Func<JavascriptParser, string, string> code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new(null, code, null, null);
    }

    /// <summary>An object whose properties are definitions too.</summary>
    public static DefineValue OfObject(IReadOnlyList<KeyValuePair<string, DefineValue>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new(null, null, properties, null);
    }

    /// <summary>An array of values.</summary>
    public static DefineValue OfArray(IReadOnlyList<DefineValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(null, null, null, items);
    }

    /// <summary>The code, for a value given as code; else null.</summary>
    public string? Code { get; }

    /// <summary>The function of a runtime value; else null.</summary>
    public Func<JavascriptParser, string, string>? Runtime { get; }

    /// <summary>The properties of an object value; else null.</summary>
    public IReadOnlyList<KeyValuePair<string, DefineValue>>? Properties { get; }

    /// <summary>The items of an array value; else null.</summary>
    public IReadOnlyList<DefineValue>? Items { get; }

    /// <summary>An object or an array (webpack's isObjectDefinition): its paths are definitions as well.</summary>
    public bool IsObjectDefinition => Properties is not null || Items is not null;

    /// <summary>Whether the value is or holds a runtime value (its code depends on the module).</summary>
    public bool HoldsRuntimeValue
    {
        get
        {
            if (Runtime is not null) return true;
            if (Properties is not null)
            {
                foreach (var (_, value) in Properties)
                    if (value.HoldsRuntimeValue) return true;
            }
            if (Items is not null)
            {
                foreach (var item in Items)
                    if (item.HoldsRuntimeValue) return true;
            }
            return false;
        }
    }

    /// <summary>
    /// webpack's toCode: the code of the value for <paramref name="parser"/>'s module (null: code
    /// with no runtime value asked). An object is wrapped as <paramref name="asiSafe"/> says (true:
    /// in parentheses, false: after a <c>;</c> too, null: not at all); <paramref name="keys"/> keeps
    /// only those properties (a destructuring's).
    /// </summary>
    public string ToCode(JavascriptParser? parser, string key, bool? asiSafe = null, IReadOnlyList<string>? keys = null)
    {
        if (Code is not null)
            return Code;
        if (Runtime is not null)
            return parser is null ? "undefined" : Runtime(parser, key);
        var builder = new StringBuilder();
        if (Items is not null)
        {
            builder.Append('[');
            for (var i = 0; i < Items.Count; i++)
            {
                if (i > 0) builder.Append(',');
                builder.Append(Items[i].ToCode(parser, key));
            }
            builder.Append(']');
            return asiSafe == false ? ";" + builder : builder.ToString();
        }
        builder.Append('{');
        var first = true;
        foreach (var (name, value) in Properties!)
        {
            if (keys is not null && !Has(keys, name))
                continue;
            if (!first) builder.Append(',');
            first = false;
            builder.Append(PropertyKey(name)).Append(':').Append(value.ToCode(parser, name));
        }
        builder.Append('}');
        return asiSafe switch
        {
            true => "(" + builder + ")",
            false => ";(" + builder + ")",
            null => builder.ToString(),
        };
    }

    /// <summary>Whether <paramref name="keys"/> (a destructuring's, a few) holds <paramref name="key"/>.</summary>
    internal static bool Has(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key) return true;
        }
        return false;
    }

    /// <summary>An object literal's key for <paramref name="key"/> (webpack's toPropertyKey): <c>__proto__</c> computed, so it stays an own property.</summary>
    public static string PropertyKey(string key) => key == "__proto__" ? "[\"__proto__\"]" : CodeGenerationContext.JsonString(key);
}
