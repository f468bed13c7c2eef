// The node process that evaluated a JavaScript configuration, kept alive when the configuration
// holds functions (output.filename, IgnorePlugin's checkResource, rule conditions…) so the build
// can call them. config-loader.js keeps the functions in a table and hands them over as handles
// {"$sharpackFunction": id, name, length, path}; this class resolves a handle to a JsFunction.
//
// Protocol: one JSON object per line. Requests on node's stdin: {"id", "fn", "args"[, "readBack": true]};
// answers on its stdout (the config's own console output is moved to stderr there):
// {"id", "result"?[, "args"]} or {"id", "error": {"message", "stack"}}. Calls are synchronous for the
// caller but not serialized: every make thread may have a call in flight, a reader thread hands
// each answer to its waiting caller by id, and node answers a batch of requests with one write.
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
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;

namespace Sharpack.Cli.Config;

/// <summary>Calls the functions of a JavaScript configuration in the node process that loaded it.</summary>
public sealed class NodeFunctionBridge : IJsFunctionHost, IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Lock _writeLock = new();
    private readonly ConcurrentDictionary<long, PendingCall> _pending = new();
    private readonly ConcurrentDictionary<int, NodeFunction> _functions = new();
    private readonly Thread _reader;
    private long _nextId;
    // Why node cannot answer any more (it exited, or the bridge was disposed); null while it can.
    private volatile string? _closed;

    internal NodeFunctionBridge(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = new Thread(ReadAnswers) { IsBackground = true, Name = "sharpack node bridge" };
        _reader.Start();
    }

    /// <summary>How many calls were made (for tests and measurements).</summary>
    public long CallCount => Interlocked.Read(ref _nextId);

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
    public void Dispose()
    {
        _closed ??= "the build is over";
        try
        {
            lock (_writeLock)
                _input.Dispose();
        }
        catch (IOException)
        {
            // node is gone already.
        }
        if (!_process.WaitForExit(2000))
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile.
            }
        }
        _process.Dispose();
    }

    private (JsonNode? Result, JsonArray? Arguments) Call(NodeFunction function, ReadOnlySpan<JsonNode?> arguments, bool readBack)
    {
        var id = Interlocked.Increment(ref _nextId);
        var buffer = new ArrayBufferWriterStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteNumber("fn", function.Id);
            if (readBack)
                writer.WriteBoolean("readBack", true);
            writer.WriteStartArray("args");
            foreach (var argument in arguments)
            {
                if (argument is null)
                    writer.WriteNullValue();
                else
                    argument.WriteTo(writer);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');

        var pending = new PendingCall();
        _pending[id] = pending;
        try
        {
            if (_closed is { } why)
                throw JsFunctionException.Failed(function.OptionPath, $"cannot be called: {why}");
            try
            {
                lock (_writeLock)
                {
                    _input.Write(buffer.Written);
                    _input.Flush();
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                throw JsFunctionException.Failed(function.OptionPath, $"cannot be called: {_closed ?? e.Message}");
            }
            pending.Done.Wait();
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
        var answer = pending.Answer;
        if (answer is null)
            throw JsFunctionException.Failed(function.OptionPath, $"cannot be called: {_closed ?? "node exited"}");
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

    private void ReadAnswers()
    {
        var output = _process.StandardOutput;
        try
        {
            while (output.ReadLine() is { } line)
            {
                if (line.Length == 0)
                    continue;
                JsonObject? answer;
                try
                {
                    answer = JsonNode.Parse(line) as JsonObject;
                }
                catch (JsonException)
                {
                    continue; // not ours: the protocol is the only writer, but stay robust
                }
                if (answer?["id"] is JsonValue idNode && idNode.TryGetValue<long>(out var id) && _pending.TryGetValue(id, out var pending))
                {
                    pending.Answer = answer;
                    pending.Done.Set();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe broke: the same as node exiting.
        }
        _closed ??= "node exited";
        foreach (var (_, pending) in _pending)
            pending.Done.Set();
    }

    private sealed class PendingCall
    {
        public readonly ManualResetEventSlim Done = new(false);
        public JsonObject? Answer;
    }

    private sealed class NodeFunction(NodeFunctionBridge bridge, int id, string optionPath, string name, int length) : JsFunction(optionPath, name, length)
    {
        public int Id { get; } = id;

        protected override (JsonNode? Result, JsonArray? Arguments) Invoke(ReadOnlySpan<JsonNode?> arguments, bool readBack) =>
            bridge.Call(this, arguments, readBack);
    }

    // A growable byte buffer the JSON writer writes into (one request line).
    private sealed class ArrayBufferWriterStream : System.Buffers.IBufferWriter<byte>
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _inner = new(256);

        public ReadOnlySpan<byte> Written => _inner.WrittenSpan;

        public void WriteByte(byte value)
        {
            _inner.GetSpan(1)[0] = value;
            _inner.Advance(1);
        }

        public void Advance(int count) => _inner.Advance(count);

        public Memory<byte> GetMemory(int sizeHint = 0) => _inner.GetMemory(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => _inner.GetSpan(sizeHint);
    }
}
