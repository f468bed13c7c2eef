// Turns the function handles of a configuration's JSON into callable functions. The command line
// implements it when a JavaScript configuration holds functions; without one, a handle is an error
// naming the option.

using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

/// <summary>Resolves function handles (<see cref="JsFunction.HandleProperty"/>) to <see cref="JsFunction"/>s.</summary>
public interface IJsFunctionHost
{
    /// <summary>The function <paramref name="handle"/> stands for, or null when it is not a handle of this host.</summary>
    JsFunction? Resolve(JsonNode? handle);
}
