// The functions lowered code calls, written once at the top of a module that needs them. They use
// only ES2015 (Reflect.ownKeys, WeakMap, WeakSet), the oldest target the lowering writes for.

namespace Sharpack.JavaScript.Transforms;

internal static class LoweringHelpers
{
    public const string SpreadValues = "__spreadValues";
    public const string SpreadProps = "__spreadProps";
    public const string ObjectRest = "__objectRest";
    public const string PrivateGet = "__privateGet";
    public const string PrivateSet = "__privateSet";
    public const string PrivateAdd = "__privateAdd";
    public const string PrivateMethod = "__privateMethod";
    public const string PrivateIn = "__privateIn";
    public const string PrivateWrapper = "__privateWrapper";
    public const string PublicField = "__publicField";

    /// <summary>The helpers in the order they are written (later ones may call earlier ones).</summary>
    public static readonly string[] InOrder =
        [SpreadValues, SpreadProps, ObjectRest, PrivateGet, PrivateSet, PrivateAdd, PrivateMethod, PrivateIn, PrivateWrapper, PublicField];

    public static string Code(string name) => name switch
    {
        // Object spread copies own enumerable properties (symbols too) as data properties.
        SpreadValues =>
            "function __spreadValues(target, source) { if (source != null) { source = Object(source); for (var keys = Reflect.ownKeys(source), i = 0; i < keys.length; i++) { var d = Object.getOwnPropertyDescriptor(source, keys[i]); if (d && d.enumerable) Object.defineProperty(target, keys[i], { value: source[keys[i]], enumerable: true, configurable: true, writable: true }); } } return target; }",
        // The literal's own properties, accessors included, defined as written.
        SpreadProps =>
            "function __spreadProps(target, props) { for (var keys = Reflect.ownKeys(props), i = 0; i < keys.length; i++) Object.defineProperty(target, keys[i], Object.getOwnPropertyDescriptor(props, keys[i])); return target; }",
        // Object rest: the own enumerable properties not destructured before it.
        ObjectRest =>
            "function __objectRest(source, exclude) { if (source == null) throw new TypeError(\"Cannot destructure \" + source); var target = {}; exclude = exclude.map(function (k) { return typeof k === \"symbol\" ? k : k + \"\"; }); source = Object(source); for (var keys = Reflect.ownKeys(source), i = 0; i < keys.length; i++) { var d = Object.getOwnPropertyDescriptor(source, keys[i]); if (d && d.enumerable && exclude.indexOf(keys[i]) < 0) target[keys[i]] = source[keys[i]]; } return target; }",
        // Private fields live in a WeakMap per field; private methods and accessors are brand-checked with a WeakSet.
        PrivateGet =>
            "function __privateGet(obj, member, getter) { if (!member.has(obj)) throw new TypeError(\"Cannot read from private field\"); return getter ? getter.call(obj) : member.get(obj); }",
        PrivateSet =>
            "function __privateSet(obj, member, value, setter) { if (!member.has(obj)) throw new TypeError(\"Cannot write to private field\"); setter ? setter.call(obj, value) : member.set(obj, value); return value; }",
        PrivateAdd =>
            "function __privateAdd(obj, member, value) { if (member.has(obj)) throw new TypeError(\"Cannot add the same private member more than once\"); member instanceof WeakSet ? member.add(obj) : member.set(obj, value); }",
        PrivateMethod =>
            "function __privateMethod(obj, member, method) { if (!member.has(obj)) throw new TypeError(\"Cannot access private method\"); return method; }",
        PrivateIn =>
            "function __privateIn(member, obj) { if (Object(obj) !== obj) throw new TypeError(\"Cannot use the 'in' operator on a non-object\"); return member.has(obj); }",
        // A private member as an assignment target (`[this.#x] = …`, `this.#x++`).
        PrivateWrapper =>
            "function __privateWrapper(obj, member, setter, getter) { return { set _(value) { __privateSet(obj, member, value, setter); }, get _() { return __privateGet(obj, member, getter); } }; }",
        // A public field defined (not assigned) as the class-fields proposal does.
        PublicField =>
            "function __publicField(obj, key, value) { Object.defineProperty(obj, typeof key === \"symbol\" ? key : key + \"\", { value: value, enumerable: true, configurable: true, writable: true }); return value; }",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
