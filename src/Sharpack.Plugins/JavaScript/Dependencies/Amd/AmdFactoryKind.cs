// What the last argument of define(…) is, which decides the code webpack generates for it.

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary>The kind of an AMD factory argument.</summary>
public enum AmdFactoryKind : byte
{
    /// <summary>A value (object, array, literal): it is the module's exports.</summary>
    Value,
    /// <summary>A function or arrow written in place: it is called for the exports.</summary>
    Function,
    /// <summary>Any other expression: called at run time if it turns out to be a function.</summary>
    Unknown,
}
