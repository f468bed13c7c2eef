// devServer options as webpack-dev-server reads them, and its Host check.

using System.Text.Json.Nodes;
using Xunit;

namespace Sharpack.DevServer.Tests;

public sealed class DevServerOptionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-devserver-options-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DevServerOptions Read(string json) => DevServerOptions.Read(JsonNode.Parse(json), _root);

    [Fact]
    public void Defaults_and_given_options_are_read_as_webpack_dev_server_reads_them()
    {
        var defaults = DevServerOptions.Read(null, _root);
        Assert.Equal(("127.0.0.1", 8080, true, true), (defaults.Host, defaults.Port, defaults.Hot, defaults.LiveReload));
        Assert.Empty(defaults.Static);
        Directory.CreateDirectory(Path.Combine(_root, "public"));
        Assert.Equal([(Path.Combine(_root, "public"), "/")], DevServerOptions.Read(null, _root).Static);

        var options = Read("""
            { "port": "auto", "hot": "only", "liveReload": false, "historyApiFallback": { "index": "/" },
              "static": ["assets", { "directory": "docs", "publicPath": "/docs" }], "headers": { "X-A": "1", "X-B": ["2", "3"] },
              "allowedHosts": [".example.com"], "client": { "overlay": false, "logging": "warn", "reconnect": true }, "compress": true }
            """);
        Assert.Equal(0, options.Port);
        Assert.True(options.Hot && options.HotOnly && !options.LiveReload && options.HistoryApiFallback);
        Assert.Equal([(Path.Combine(_root, "assets"), "/"), (Path.Combine(_root, "docs"), "/docs")], options.Static);
        Assert.Equal([new("X-A", "1"), new("X-B", "2, 3")], options.Headers);
        Assert.False(options.Overlay);
        Assert.Equal(("warn", int.MaxValue), (options.Logging, options.Reconnect));
        Assert.Equal(["devServer.compress is not supported by sharpack serve yet and is ignored."], options.Warnings);

        Assert.Equal("devServer.port should be a port number or \"auto\", not 'eighty'.", Assert.Throws<ArgumentException>(() => Read("""{ "port": "eighty" }""")).Message);
        Assert.Equal("devServer has an unknown property 'prot'.", Assert.Throws<ArgumentException>(() => Read("""{ "prot": 1 }""")).Message);
    }

    [Fact]
    public void Only_expected_hosts_are_answered()
    {
        var options = Read("""{ "host": "0.0.0.0", "allowedHosts": [".example.com", "dev.local"] }""");
        Assert.True(HostCheck.IsAllowed("localhost", options));
        Assert.True(HostCheck.IsAllowed("app.localhost", options));
        Assert.True(HostCheck.IsAllowed("192.168.1.10", options));
        Assert.True(HostCheck.IsAllowed("[::1]", options));
        Assert.True(HostCheck.IsAllowed("example.com", options));
        Assert.True(HostCheck.IsAllowed("a.b.example.com", options));
        Assert.True(HostCheck.IsAllowed("dev.local", options));
        Assert.False(HostCheck.IsAllowed("attacker.com", options));
        Assert.False(HostCheck.IsAllowed("notexample.com", options));
        Assert.False(HostCheck.IsAllowed("", options));
        Assert.True(HostCheck.IsAllowedOrigin("http://localhost:3000", options));
        Assert.False(HostCheck.IsAllowedOrigin("https://attacker.com", options));
        Assert.True(HostCheck.IsAllowed("anything", Read("""{ "allowedHosts": "all" }""")));
    }
}
