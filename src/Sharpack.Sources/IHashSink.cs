// The receiving end of Source.UpdateHash. webpack feeds a Node crypto hash; the compilation
// feeds its own xxhash64, so sources only need to append bytes. Text is appended as chars and
// the sink decides how to turn it into bytes (UTF-8 is expected), which lets a sink hash text
// without an intermediate byte array.

namespace Sharpack.Sources;

/// <summary>Receives the data a <see cref="Source"/> contributes to a content hash.</summary>
public interface IHashSink
{
    /// <summary>Appends raw bytes to the hash.</summary>
    void Append(ReadOnlySpan<byte> data);

    /// <summary>Appends text to the hash; implementations hash it as UTF-8.</summary>
    void Append(ReadOnlySpan<char> text);
}
