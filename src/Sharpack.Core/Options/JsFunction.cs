// A function a JavaScript configuration holds (output.filename, IgnorePlugin's checkResource, a
// rule condition…), callable from .NET. Core knows only this shape: the command line implements it
// over one long-lived node process (Sharpack.Cli/Config/NodeFunctionBridge.cs), so options and
// plugins can take webpack's function forms without Core knowing where JavaScript runs. Arguments
// and the result cross as JSON (RegExp as {"__regexp": …}, as in the configuration itself).

using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

/// <summary>A JavaScript function from a configuration, callable from any thread.</summary>
public abstract class JsFunction
{
    /// <summary>The property that marks a function handle in a configuration's JSON: <c>{"$sharpackFunction": id, "name", "length", "path"}</c>.</summary>
    public const string HandleProperty = "$sharpackFunction";

    /// <summary>Creates a function known by the option that holds it.</summary>
    protected JsFunction(string optionPath, string name, int length)
    {
        OptionPath = optionPath;
        Name = name;
        Length = length;
    }

    /// <summary>Where the configuration holds the function, e.g. <c>configuration.output.filename</c>; error messages name it.</summary>
    public string OptionPath { get; }

    /// <summary>The function's <c>name</c> ("" for an anonymous one).</summary>
    public string Name { get; }

    /// <summary>The function's <c>length</c>: how many parameters it declares.</summary>
    public int Length { get; }

    /// <summary>
    /// Calls the function with <paramref name="arguments"/> (JSON; null is JavaScript's null) and
    /// returns what it returned (a promise is awaited), null for null or undefined. Blocks until
    /// the answer is back; safe to call from several threads at once.
    /// </summary>
    /// <exception cref="JsFunctionException">The function threw, or JavaScript could not be reached.</exception>
    public JsonNode? Call(params ReadOnlySpan<JsonNode?> arguments) => Invoke(arguments, readBack: false).Result;

    /// <summary>
    /// Calls the function as <see cref="Call"/> does and also returns its arguments as they are
    /// after the call: webpack hands some functions an object to change (NormalModuleReplacementPlugin's
    /// resolve data), and the changes come back this way.
    /// </summary>
    /// <exception cref="JsFunctionException">The function threw, or JavaScript could not be reached.</exception>
    public (JsonNode? Result, JsonArray Arguments) CallAndReadBack(params ReadOnlySpan<JsonNode?> arguments)
    {
        var (result, after) = Invoke(arguments, readBack: true);
        return (result, after ?? []);
    }

    /// <summary>
    /// Calls the function as <see cref="Call"/> does, while <paramref name="callbacks"/> answers the
    /// calls the function makes back into the build before it returns (an externals function's
    /// <c>getResolve()</c> resolver): each gets the call's <c>args</c> and returns the result, or
    /// throws to reject it.
    /// </summary>
    /// <exception cref="JsFunctionException">The function threw, or JavaScript could not be reached.</exception>
    public JsonNode? CallWithCallbacks(Func<JsonNode?, JsonNode?> callbacks, params ReadOnlySpan<JsonNode?> arguments) =>
        InvokeWithCallbacks(arguments, callbacks);

    /// <summary>
    /// Calls the function with <paramref name="callbacks"/> answering its calls back; a host that
    /// cannot be called back calls it as <see cref="Call"/> does.
    /// </summary>
    protected virtual JsonNode? InvokeWithCallbacks(ReadOnlySpan<JsonNode?> arguments, Func<JsonNode?, JsonNode?> callbacks) =>
        Invoke(arguments, readBack: false).Result;

    /// <summary>
    /// Calls the function; with <paramref name="readBack"/>, also answers the arguments as the
    /// function left them (null otherwise).
    /// </summary>
    protected abstract (JsonNode? Result, JsonArray? Arguments) Invoke(ReadOnlySpan<JsonNode?> arguments, bool readBack);

    /// <summary>True when <paramref name="node"/> is a function handle (<see cref="HandleProperty"/>).</summary>
    public static bool IsHandle(JsonNode? node) => node is JsonObject obj && obj.ContainsKey(HandleProperty);

    /// <summary>JavaScript's truthiness of a returned value: null, false, 0, NaN and "" are false.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.Null => false,
            System.Text.Json.JsonValueKind.String => v.GetValue<string>().Length > 0,
            System.Text.Json.JsonValueKind.Number => v.GetValue<double>() is not (0 or double.NaN),
            _ => true,
        },
        _ => true,
    };

    /// <inheritdoc />
    public override string ToString() => $"[function {(Name.Length > 0 ? Name : "(anonymous)")} at {OptionPath}]";
}
