// The node process that evaluated a JavaScript configuration, kept alive when the configuration
// holds functions (output.filename, IgnorePlugin's checkResource, rule conditions…) so the build
// can call them. config-loader.js keeps the functions in a table and hands them over as handles
// {"$sharpackFunction": id, name, length, path}; this class resolves a handle to a JsFunction.
//
// Protocol (over NodeChannel): a request {"id", "fn", "args"[, "readBack": true][, "callbacks":
// token]}; the answer {"id", "result"?[, "args"]} or {"id", "error": {"message", "stack"}}. While a
// request with a callbacks token runs, its function may call back into the build ({"call", "op":
// "callback", "token", "args"}, an externals function's getResolve). Calls are synchronous for
// the caller but not serialized: every make thread may have a call in flight, and node answers a
// batch of requests with one write.
// PERF: a round trip is about 40 µs from one thread, and two threads together reach about 30,000
// calls a second, since requests in flight are answered in one batch (NodeFunctionBridgeTests
// measures it; 2 cores, 2026-12-03, under load from other work). A per-module call (a rule
// condition, checkResource) thus adds tens of microseconds per module: 2,000 small modules with
// test and issuer as functions and an IgnorePlugin checkResource (6,000 calls) build in 0.39 s
// instead of 0.18 s with RegExp conditions (medians of 3, same machine).
//
// node dies with the build: Dispose closes its stdin (node exits on end of input), and a parent
// that dies closes the pipe too.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;

namespace Sharpack.Cli.Config;

/// <summary>Calls the functions of a JavaScript configuration in the node process that loaded it.</summary>
public sealed class NodeFunctionBridge : IJsFunctionHost, IDisposable
{
    private readonly ConcurrentDictionary<int, NodeFunction> _functions = new();

    // The callbacks of the calls in flight that can be called back, by the token their request carries.
    private readonly ConcurrentDictionary<long, Func<JsonNode?, JsonNode?>> _callbacks = new();
    private long _nextCallbacks;

    internal NodeFunctionBridge(Process process)
    {
        Channel = new NodeChannel(process) { CallbackHandler = AnswerCallback };
    }

    /// <summary>The node process the functions live in; JavaScript loaders run there too, so their options' functions are the configuration's own.</summary>
    public NodeChannel Channel { get; }

    /// <summary>How many calls were made (for tests and measurements).</summary>
    public long CallCount => Channel.RequestCount;

    /// <inheritdoc />
    public JsFunction? Resolve(JsonNode? handle)
    {
        if (handle is not JsonObject obj || obj[JsFunction.HandleProperty] is not JsonValue idNode || !idNode.TryGetValue<int>(out var id))
            return null;
        return _functions.GetOrAdd(id, static (key, state) => new NodeFunction(state.Bridge, key,
            state.Obj["path"]?.GetValue<string>() ?? "configuration", state.Obj["name"]?.GetValue<string>() ?? "",
            state.Obj["length"] is JsonValue length && length.TryGetValue<int>(out var n) ? n : 0), (Bridge: this, Obj: obj));
    }

    /// <summary>Closes node's input (node exits on it) and waits a moment for it to go; kills it if it does not.</summary>
    public void Dispose() => Channel.Dispose();

    // A call back from node while a function runs: {"call", "op": "callback", "token", "args"},
    // answered by the callbacks registered under the token, {"reply", "result"} or {"reply", "error"}.
    private void AnswerCallback(JsonObject call, Utf8JsonWriter writer)
    {
        if (call["token"] is not JsonValue tokenNode || !tokenNode.TryGetValue<long>(out var token) || !_callbacks.TryGetValue(token, out var callbacks))
        {
            writer.WriteString("error", "sharpack: the function that called back has already returned");
            return;
        }
        var result = callbacks(call["args"]);
        writer.WritePropertyName("result");
        if (result is null)
            writer.WriteNullValue();
        else
            result.WriteTo(writer);
    }

    private JsonNode? CallWithCallbacks(NodeFunction function, ReadOnlySpan<JsonNode?> arguments, Func<JsonNode?, JsonNode?> callbacks)
    {
        var token = Interlocked.Increment(ref _nextCallbacks);
        _callbacks[token] = callbacks;
        try
        {
            return Call(function, arguments, readBack: false, token).Result;
        }
        finally
        {
            _callbacks.TryRemove(token, out _);
        }
    }

    private (JsonNode? Result, JsonArray? Arguments) Call(NodeFunction function, ReadOnlySpan<JsonNode?> arguments, bool readBack, long callbacks = 0)
    {
        JsonObject answer;
        try
        {
            answer = Channel.Request((Function: function, Arguments: arguments.ToArray(), ReadBack: readBack, Callbacks: callbacks), static (writer, state) =>
            {
                writer.WriteNumber("fn", state.Function.Id);
                if (state.ReadBack)
                    writer.WriteBoolean("readBack", true);
                if (state.Callbacks != 0)
                    writer.WriteNumber("callbacks", state.Callbacks);
                writer.WriteStartArray("args");
                foreach (var argument in state.Arguments)
                {
                    if (argument is null)
                        writer.WriteNullValue();
                    else
                        argument.WriteTo(writer);
                }
                writer.WriteEndArray();
            });
        }
        catch (NodeChannelClosedException e)
        {
            throw JsFunctionException.Failed(function.OptionPath, $"cannot be called: {e.Reason}");
        }
        if (answer["error"] is JsonObject error)
            throw new JsFunctionException(function.OptionPath, error["message"]?.GetValue<string>() ?? "an error", error["stack"]?.GetValue<string>());
        var result = answer["result"];
        answer.Remove("result");
        JsonArray? after = null;
        if (readBack && answer["args"] is JsonArray args)
        {
            answer.Remove("args");
            after = args;
        }
        return (result, after);
    }

    private sealed class NodeFunction(NodeFunctionBridge bridge, int id, string optionPath, string name, int length) : JsFunction(optionPath, name, length)
    {
        public int Id { get; } = id;

        protected override (JsonNode? Result, JsonArray? Arguments) Invoke(ReadOnlySpan<JsonNode?> arguments, bool readBack) =>
            bridge.Call(this, arguments, readBack);

        protected override JsonNode? InvokeWithCallbacks(ReadOnlySpan<JsonNode?> arguments, Func<JsonNode?, JsonNode?> callbacks) =>
            bridge.CallWithCallbacks(this, arguments, callbacks);
    }
}
