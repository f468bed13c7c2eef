// Follows webpack lib/sharing/utils.js getGitUrlVersion: the version a package.json dependency
// written as a git URL stands for: `#semver:^1.0.0`, `#v1.0.0`, GitHub's `/tree/<commit-ish>`,
// and the short forms (`github:foo/bar#v1`, `foo/bar#v1`, `user@host:foo/bar#v1`). A URL that is
// not one of a git host's repositories stands for no version (""). Read once per shared package
// at build time, so plain regular expressions are fine here.

using System.Text;
using System.Text.RegularExpressions;

namespace Sharpack.Plugins.Federation;

/// <summary>Versions of git URL dependencies.</summary>
internal static partial class GitUrlVersion
{
    [GeneratedRegex(@"^[^/@:.\s][^/@:\s]*/[^@:\s]*[^/@:\s]#\S+")]
    private static partial Regex GithubExtremeShort();

    [GeneratedRegex(@"^(?:github|gitlab|bitbucket|gist):/?[^/.]+/?", RegexOptions.IgnoreCase)]
    private static partial Regex GitUrlShort();

    [GeneratedRegex(@"^(?:(?:git\+)?(?:ssh|https?|file)|git|github|gitlab|bitbucket|gist):$", RegexOptions.IgnoreCase)]
    private static partial Regex Protocol();

    [GeneratedRegex(@"^(?:(?:git\+)?(?:ssh|https?|file)|git)://", RegexOptions.IgnoreCase)]
    private static partial Regex CustomProtocol();

    [GeneratedRegex("#(?:semver:)?(.+)")]
    private static partial Regex HashVersion();

    [GeneratedRegex(@"^(?:[^/.]+(?:\.[^/.]+)+|localhost)$")]
    private static partial Regex Hostname();

    [GeneratedRegex(@"([^/@#:.]+(?:\.[^/@#:.]+)+|localhost):([^#/0-9]+)")]
    private static partial Regex HostnameWithColon();

    [GeneratedRegex(@"^[^/@#:.]+(?:\.[^/@#:.]+)+")]
    private static partial Regex NoProtocol();

    private static readonly string[] s_shortProtocols = ["github:", "gitlab:", "bitbucket:", "gist:", "file:"];

    /// <summary>The version <paramref name="gitUrl"/> (lower-cased) stands for, or "".</summary>
    public static string Of(string gitUrl)
    {
        var original = gitUrl;
        gitUrl = GithubExtremeShort().IsMatch(gitUrl) ? "github:" + gitUrl
            : GitUrlShort().IsMatch(gitUrl) || CustomProtocol().IsMatch(gitUrl) ? gitUrl : "git+ssh://" + gitUrl;
        gitUrl = HostnameWithColon().Replace(gitUrl, "$1/$2", 1);
        if (Url.Parse(gitUrl) is not { } url || !Protocol().IsMatch(url.Protocol))
            return "";
        if (url.Pathname.Length == 0 || !CanBeDecoded(url.Pathname))
            return "";
        if (NoProtocol().IsMatch(original) && url.Username.Length == 0 && url.Password.Length == 0)
            return "";
        if (Array.IndexOf(s_shortProtocols, url.Protocol.ToLowerInvariant()) < 0)
        {
            if (!Hostname().IsMatch(url.Hostname))
                return "";
            var commithash = Commithash(url);
            return FromHash(commithash) is { Length: > 0 } version ? version : commithash;
        }
        return FromHash(gitUrl);
    }

    private static string FromHash(string text) => HashVersion().Match(text) is { Success: true } match ? match.Groups[1].Value : "";

    // hosted-git-info's rules: which URLs of each host are a repository (and its commit-ish).
    private static string Commithash(Url url)
    {
        var hostname = url.Hostname.StartsWith("www.", StringComparison.Ordinal) ? url.Hostname[4..] : url.Hostname;
        var hash = CanBeDecoded(url.Hash) ? Uri.UnescapeDataString(url.Hash) : url.Hash;
        var parts = url.Pathname.Split('/');
        string Part(int i) => i < parts.Length ? parts[i] : "";
        static string WithoutGit(string project) => project.EndsWith(".git", StringComparison.Ordinal) ? project[..^4] : project;
        switch (hostname)
        {
            case "github.com":
                {
                    var type = Part(3);
                    if (type.Length > 0 && type != "tree")
                        return "";
                    var commithash = type.Length == 0 ? hash : "#" + Part(4);
                    return Part(1).Length == 0 || WithoutGit(Part(2)).Length == 0 ? "" : commithash;
                }
            case "gitlab.com":
                {
                    var path = url.Pathname[1..];
                    if (path.Contains("/-/", StringComparison.Ordinal) || path.Contains("/archive.tar.gz", StringComparison.Ordinal))
                        return "";
                    var segments = path.Split('/');
                    var project = WithoutGit(segments[^1]);
                    var user = string.Join("/", segments[..^1]);
                    return user.Length == 0 || project.Length == 0 ? "" : hash;
                }
            case "bitbucket.org":
                return Part(3) == "get" || Part(1).Length == 0 || WithoutGit(Part(2)).Length == 0 ? "" : hash;
            case "gist.github.com":
                {
                    if (Part(3) == "raw")
                        return "";
                    return Part(2).Length == 0 && Part(1).Length == 0 ? "" : hash;
                }
            default:
                return hash;
        }
    }

    // JavaScript's decodeURIComponent does not throw: every % starts two hex digits and the bytes are UTF-8.
    private static bool CanBeDecoded(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
                continue;
            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                return false;
            bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
            i += 2;
        }
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // The parts of a URL that the rules read, split as the WHATWG URL parser does for these URLs;
    // null where it would throw.
    private sealed record Url(string Protocol, string Username, string Password, string Hostname, string Pathname, string Hash)
    {
        public static Url? Parse(string text)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !char.IsAsciiLetter(text[0]))
                return null;
            for (var i = 1; i < colon; i++)
            {
                if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] is not ('+' or '-' or '.'))
                    return null;
            }
            var protocol = text[..(colon + 1)].ToLowerInvariant();
            var special = protocol is "http:" or "https:" or "file:" or "ws:" or "wss:" or "ftp:";
            var rest = text[(colon + 1)..];
            var hashAt = rest.IndexOf('#', StringComparison.Ordinal);
            var hash = hashAt >= 0 && hashAt + 1 < rest.Length ? rest[hashAt..] : "";
            if (hashAt >= 0)
                rest = rest[..hashAt];
            var queryAt = rest.IndexOf('?', StringComparison.Ordinal);
            if (queryAt >= 0)
                rest = rest[..queryAt];
            string username = "", password = "", hostname = "";
            if (rest.StartsWith("//", StringComparison.Ordinal) || (special && rest.StartsWith('/')))
            {
                rest = rest.TrimStart('/');
                var end = rest.IndexOf('/', StringComparison.Ordinal);
                var authority = end >= 0 ? rest[..end] : rest;
                rest = end >= 0 ? rest[end..] : "";
                var at = authority.LastIndexOf('@');
                if (at >= 0)
                {
                    var user = authority[..at];
                    var split = user.IndexOf(':', StringComparison.Ordinal);
                    (username, password) = split >= 0 ? (user[..split], user[(split + 1)..]) : (user, "");
                    authority = authority[(at + 1)..];
                }
                var port = authority.LastIndexOf(':');
                if (port >= 0)
                {
                    foreach (var c in authority[(port + 1)..])
                    {
                        if (!char.IsAsciiDigit(c))
                            return null;
                    }
                    authority = authority[..port];
                }
                if (authority.Length == 0 && special)
                    return null;
                foreach (var c in authority)
                {
                    if (char.IsWhiteSpace(c) || c is '<' or '>' or '[' or ']' or '^' or '|' or '%' && special)
                        return null;
                }
                hostname = special ? authority.ToLowerInvariant() : authority;
                if (special && rest.Length == 0)
                    rest = "/";
            }
            return new Url(protocol, username, password, hostname, rest, hash);
        }
    }
}
