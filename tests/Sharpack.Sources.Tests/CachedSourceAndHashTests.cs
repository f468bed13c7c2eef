// CachedSource caches without changing results; UpdateHash feeds what determines the output.

using System.Text;

namespace Sharpack.Sources.Tests;

public sealed class CachedSourceAndHashTests
{
    [Fact]
    public void CachedSourceAsksTheFactoryOnce()
    {
        var calls = 0;
        var cached = new CachedSource(() =>
        {
            calls++;
            return new OriginalSource("a;\nb;\n", "a.js");
        });
        Assert.Equal(0, calls);
        Assert.Equal("a;\nb;\n", cached.GetText());
        Assert.Equal(6, cached.Size);
        Assert.Equal("AAAA;AACA", cached.GetMap()!.Mappings);
        Assert.Same(cached.GetMap(), cached.GetMap());
        Assert.Equal(1, calls);
    }

    [Fact]
    public void CachedHashEqualsTheOriginalHash()
    {
        var replace = new ReplaceSource(new OriginalSource("var a;", "a.js"));
        replace.Replace(4, 4, "b");
        var cached = new CachedSource(replace);
        var first = new RecordingSink();
        cached.UpdateHash(first);
        var second = new RecordingSink();
        cached.UpdateHash(second);
        var direct = new RecordingSink();
        replace.UpdateHash(direct);
        Assert.Equal(direct.Text, first.Text);
        Assert.Equal(direct.Text, second.Text);
        Assert.Equal("ReplaceSourceOriginalSourcevar a;a.js44b", direct.Text);
    }

    [Fact]
    public void HashChangesWithEveryEdit()
    {
        string Hash(Action<ReplaceSource> edit)
        {
            var source = new ReplaceSource(new RawSource("abcdef"));
            edit(source);
            var sink = new RecordingSink();
            new ConcatSource(source, new PrefixSource("  ", "x")).UpdateHash(sink);
            return sink.Text;
        }
        var hashes = new HashSet<string>
        {
            Hash(_ => { }),
            Hash(s => s.Insert(1, "x")),
            Hash(s => s.Insert(2, "x")),
            Hash(s => s.Replace(1, 2, "x")),
            Hash(s => s.Replace(1, 2, "x", "name")),
        };
        Assert.Equal(5, hashes.Count);
    }

    private sealed class RecordingSink : IHashSink
    {
        private readonly List<byte> _bytes = [];

        public string Text => Encoding.UTF8.GetString(_bytes.ToArray());

        public void Append(ReadOnlySpan<byte> data) => _bytes.AddRange(data);

        public void Append(ReadOnlySpan<char> text) => _bytes.AddRange(Encoding.UTF8.GetBytes(text.ToArray()));
    }
}
