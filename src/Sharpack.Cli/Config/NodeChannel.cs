// A node process spoken to in JSON lines, both ways: the configuration's process
// (config-loader.js, kept while the configuration holds functions) and the JavaScript loader
// host's (loader-host.js, started the first time a module needs a JavaScript loader).
//
// Sharpack asks, node answers: a request is one line {"id": n, …} on node's stdin; node answers
// {"id": n, …} on its stdout, in any order. Callers block (each make thread may have a request in
// flight); a reader thread hands each answer to its caller by id. Node asks, sharpack answers: a
// line {"call": n, …} on node's stdout (a loader's this.resolve) goes to the call handler on the
// thread pool, never on the reader thread, whose only job is to keep node's output drained (node
// writes to a pipe synchronously, so a stalled reader would stall node); the handler's reply is
// the line {"reply": n, …}.
// Lines are read as UTF-8 bytes and parsed in place: a module's source crossing in an answer is
// never copied into a UTF-16 line first.
//
// node dies with the build: Dispose closes its stdin (node exits at the end of its input), and a
// parent that dies closes the pipe too.

using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Cli.Config;

/// <summary>Requests to a node process and its answers, as JSON lines, plus node's calls back.</summary>
public sealed class NodeChannel : IDisposable
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        // Sources cross as they are: escaping every non-ASCII character would only grow them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Lock _writeLock = new();
    private readonly ConcurrentDictionary<long, PendingCall> _pending = new();
    private readonly Thread _reader;
    private long _nextId;
    // Why node cannot answer any more (it exited, or the channel was disposed); null while it can.
    private volatile string? _closed;

    /// <summary>
    /// Speaks to <paramref name="process"/> (stdin and stdout redirected); nothing may have been
    /// read from its stdout beyond complete lines (so no answer sits in a reader's buffer).
    /// </summary>
    internal NodeChannel(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _reader = new Thread(ReadLines) { IsBackground = true, Name = "sharpack node channel" };
        _reader.Start();
    }

    /// <summary>
    /// Answers node's calls (<c>{"call": n, …}</c>): runs on the thread pool, may take its time (a
    /// loader's this.loadModule waits for a build that needs node meanwhile), and returns what writes
    /// the reply's fields.
    /// </summary>
    internal Func<JsonObject, Action<Utf8JsonWriter>>? CallHandler { get; set; }

    /// <summary>Answers node's calls back into a function call in flight (<c>{"call": n, "op": "callback", …}</c>); runs on the thread pool.</summary>
    internal Action<JsonObject, Utf8JsonWriter>? CallbackHandler { get; set; }

    /// <summary>How many requests were made (for tests and measurements).</summary>
    public long RequestCount => Interlocked.Read(ref _nextId);

    /// <summary>node's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Why node cannot answer any more, or null while it can.</summary>
    public string? ClosedReason => _closed;

    /// <summary>
    /// Sends a request whose fields (after <c>id</c>) <paramref name="writeFields"/> writes, and waits
    /// for node's answer. Throws <see cref="NodeChannelClosedException"/> when node cannot answer.
    /// </summary>
    internal JsonObject Request<TState>(TState state, Action<Utf8JsonWriter, TState> writeFields)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = new PendingCall();
        _pending[id] = pending;
        try
        {
            Write(id, "id", state, writeFields);
            pending.Done.Wait();
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
        return pending.Answer ?? throw new NodeChannelClosedException(_closed ?? "node exited");
    }

    /// <summary>Sends a line that has no answer (<paramref name="idName"/> names its number, e.g. a reply's <c>reply</c>).</summary>
    internal void Post<TState>(string idName, long id, TState state, Action<Utf8JsonWriter, TState> writeFields)
    {
        try
        {
            Write(id, idName, state, writeFields);
        }
        catch (NodeChannelClosedException)
        {
            // Nobody waits for it: node is gone, and so is what it was for.
        }
    }

    private void Write<TState>(long id, string idName, TState state, Action<Utf8JsonWriter, TState> writeFields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber(idName, id);
            writeFields(writer, state);
            writer.WriteEndObject();
        }
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        if (_closed is { } why)
            throw new NodeChannelClosedException(why);
        try
        {
            lock (_writeLock)
            {
                _input.Write(buffer.WrittenSpan);
                _input.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw new NodeChannelClosedException(_closed ?? e.Message);
        }
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

    private void ReadLines()
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                    Array.Resize(ref buffer, buffer.Length * 2);
                var read = _output.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                    break;
                var scanFrom = filled;
                filled += read;
                var lineStart = 0;
                int newline;
                while ((newline = Array.IndexOf(buffer, (byte)'\n', scanFrom, filled - scanFrom)) >= 0)
                {
                    if (newline > lineStart)
                        OnLine(buffer.AsSpan(lineStart, newline - lineStart));
                    lineStart = scanFrom = newline + 1;
                }
                if (lineStart > 0)
                {
                    Buffer.BlockCopy(buffer, lineStart, buffer, 0, filled - lineStart);
                    filled -= lineStart;
                }
                // A long line grew the buffer: give the memory back once it is through.
                if (filled == 0 && buffer.Length > 1024 * 1024)
                    buffer = new byte[64 * 1024];
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

    private void OnLine(ReadOnlySpan<byte> line)
    {
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            return; // not ours: the protocol is the only writer, but stay robust
        }
        if (message is null)
            return;
        if (message["id"] is JsonValue idNode && idNode.TryGetValue<long>(out var id))
        {
            if (_pending.TryGetValue(id, out var pending))
            {
                pending.Answer = message;
                pending.Done.Set();
            }
        }
        else if (message["call"] is JsonValue callNode && callNode.TryGetValue<long>(out var call))
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Channel.Answer(state.Call, state.Message), (Channel: this, Call: call, Message: message), preferLocal: false);
        }
    }

    private void Answer(long call, JsonObject message)
    {
        var isCallback = message["op"] is JsonValue op && op.GetValueKind() == JsonValueKind.String && op.GetValue<string>() == "callback";
        if (!isCallback && CallHandler is { } callHandler)
        {
            // Answered before the reply is written: writing holds the channel.
            Action<Utf8JsonWriter> write;
            try
            {
                write = callHandler(message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var text = e.Message;
                write = writer => writer.WriteString("error", text);
            }
            Post("reply", call, write, static (writer, write) => write(writer));
            return;
        }
        var handler = isCallback ? CallbackHandler : null;
        Post("reply", call, (Handler: handler, Message: message), static (writer, state) =>
        {
            if (state.Handler is null)
            {
                writer.WriteString("error", "sharpack answers no calls on this channel");
                return;
            }
            try
            {
                state.Handler(state.Message, writer);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The handler failed before writing (it writes its fields last): say so instead.
                writer.WriteString("error", e.Message);
            }
        });
    }

    private sealed class PendingCall
    {
        public readonly ManualResetEventSlim Done = new(false);
        public JsonObject? Answer;
    }
}

/// <summary>node cannot answer: it exited, or the build is over.</summary>
public sealed class NodeChannelClosedException(string reason) : Exception(reason)
{
    /// <summary>Why node cannot answer.</summary>
    public string Reason { get; } = reason;
}
