// webpack-dev-server's host check: a request is answered only for a Host it expects — an IP
// address, localhost (and its subdomains), the configured host, or allowedHosts ("all", names,
// ".example.com" for a domain and its subdomains). Another name pointing at this machine (DNS
// rebinding) gets 403. A WebSocket's Origin is checked the same way.

namespace Sharpack.DevServer;

/// <summary>Which Host and Origin headers the server answers.</summary>
internal static class HostCheck
{
    /// <summary>Whether a request with Host <paramref name="host"/> (without its port) is answered.</summary>
    public static bool IsAllowed(string host, DevServerOptions options)
    {
        if (options.AllowedHosts.Contains("all"))
            return true;
        if (string.IsNullOrEmpty(host))
            return false;
        host = host.Trim('[', ']').ToLowerInvariant();
        if (System.Net.IPAddress.TryParse(host, out _))
            return true;
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
            return true;
        if (string.Equals(host, options.Host, StringComparison.OrdinalIgnoreCase))
            return true;
        foreach (var allowed in options.AllowedHosts)
        {
            if (allowed == "auto")
                continue;
            var name = allowed.ToLowerInvariant();
            if (name.StartsWith('.') ? host == name[1..] || host.EndsWith(name, StringComparison.Ordinal) : host == name)
                return true;
        }
        return false;
    }

    /// <summary>Whether a WebSocket from <paramref name="origin"/> (a URL, or "null") is answered.</summary>
    public static bool IsAllowedOrigin(string origin, DevServerOptions options)
    {
        if (options.AllowedHosts.Contains("all"))
            return true;
        // file: pages and extensions send "null" or their own schemes; webpack-dev-server lets them in.
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return true;
        return IsAllowed(url.Host, options);
    }
}
