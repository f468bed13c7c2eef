// Follows webpack lib/html/HtmlParser.js's parse: one walk of the page's tree in document order
// (template contents included) that finds the sources of each element (HtmlSources), reads each
// value as its type says (one URL, a srcset, SVG url()s, an msapplication-task's icon) with its
// character references decoded and mapped back to raw offsets, and records a dependency and an edit
// per URL. Comments right before a tag may hold magic comments (webpackIgnore); the first
// `<base href>` outside templates resolves the relative URLs after it.

using Sharpack.Core.ModuleGraph;
using Sharpack.Html;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Html;

/// <summary>A text edit of the page's source: <see cref="Text"/> from <see cref="Start"/> to <see cref="End"/>, or inserted at <see cref="Start"/>.</summary>
/// <param name="Start">Where the edit starts.</param>
/// <param name="End">Where it ends (exclusive); ignored for an insertion.</param>
/// <param name="Text">What goes there.</param>
/// <param name="Insert">Whether it goes before <see cref="Start"/> without replacing anything.</param>
internal readonly record struct HtmlTextEdit(int Start, int End, string Text, bool Insert = false);

/// <summary>
/// A tag whose URL an entry's chunk replaces (webpack's HtmlEntryDependency): where the URL and the tag are,
/// and the facts about the tag its siblings (the entry's other chunks) are cloned from.
/// </summary>
internal sealed record HtmlEntryTag(
    string EntryName,
    HtmlSourceType Kind,
    bool Css,
    int UrlStart,
    int UrlEnd,
    int TagStart = -1,
    int TagEnd = -1,
    bool TagIsNative = false,
    string CopyableAttributes = "",
    int TagNameEnd = -1,
    bool HasOwnCrossOrigin = false,
    int CssAnchor = -1,
    (int Start, int End)? IntegrityRange = null,
    (int Start, int End)? TypeValueRange = null,
    bool ForceInline = false,
    int HeadStart = -1,
    int HeadAnchor = -1);

/// <summary>An inline script (webpack's HtmlInlineScriptDependency): ` src` goes after its name, its body goes.</summary>
internal sealed record HtmlInlineScript(string EntryName, int NameEnd, int BodyStart, int BodyEnd);

/// <summary>An entry a page asks for: its group (scripts and module scripts chain), request and name.</summary>
internal sealed record HtmlEntryRequest(HtmlSourceType Group, string Request, string EntryName, bool Css);

/// <summary>A problem the walk found, at a span of the source.</summary>
internal readonly record struct HtmlProblem(int Start, int End, string Message, bool IsWarning);

/// <summary>What a page's walk found.</summary>
internal sealed class HtmlParseResult
{
    /// <summary>The asset URLs (HtmlSourceDependency), whose spans get the assets' URLs.</summary>
    public List<Dependency> Dependencies { get; } = [];

    /// <summary>
    /// The edits that need no module (webpack's presentational dependencies), in the order webpack adds
    /// them: constant text, entry tags, inline scripts.
    /// </summary>
    public List<object> Presentational { get; } = [];

    /// <summary>The entries the page asks for, in its order.</summary>
    public List<HtmlEntryRequest> Entries { get; } = [];

    public List<HtmlProblem> Problems { get; } = [];

    /// <summary>The <c>../</c>s that undo a relative <c>&lt;base href&gt;</c> before every rewritten URL, or null.</summary>
    public string? BaseUrlPrefix { get; set; }
}

/// <summary>What the walk needs to know of the build.</summary>
/// <param name="Css">CSS is built in (stylesheets become CSS entries, inline styles CSS modules).</param>
/// <param name="OutputModule">Chunks are ES modules (<c>output.module</c>): every script tag becomes a module script.</param>
/// <param name="EntryNamePrefix">What the page's entry names start with: <c>__html_&lt;hash of the page&gt;_</c>.</param>
internal sealed record HtmlWalkOptions(bool Css, bool OutputModule, string EntryNamePrefix);

/// <summary>Reads a parsed page's sources.</summary>
internal sealed class HtmlModuleParser
{
    // webpack's COPYABLE_SIBLING_ATTRS, in its order.
    private static readonly string[] s_copyableAttributes = ["nonce", "crossorigin", "referrerpolicy"];

    private readonly string _source;
    private readonly HtmlSources _sources;
    private readonly HtmlWalkOptions _options;
    private readonly HtmlParseResult _result = new();
    private int _nextEntry;

    // The pending magic comment values, for the next tag only.
    private bool? _pendingIgnore;
    private bool? _pendingInline;

    // webpack's documentBase, baseDir and baseIsExternal: the first <base href> outside templates.
    private string? _documentBase;
    private string _baseDir = "";
    private bool _baseIsExternal;
    private int _templateDepth;

    // Where tags go into <head>: its start (after an implied one's anchor), and after its last child.
    private int _doctypeEnd = -1;
    private int _htmlTagEnd = -1;
    private int _headStart;
    private int _headLastEnd;
    private bool _headSeen;
    private bool _inHead;
    private int _headTemplateDepth;

    // The first classic script that blocks parsing: injected stylesheets stay before it.
    private int _firstBlockingScriptStart = -1;

    private HtmlModuleParser(string source, HtmlSources sources, HtmlWalkOptions options)
    {
        _source = source;
        _sources = sources;
        _options = options;
    }

    /// <summary>Walks <paramref name="document"/> (parsed from <paramref name="source"/>).</summary>
    public static HtmlParseResult Parse(HtmlDocument document, string source, HtmlSources sources, HtmlWalkOptions options)
    {
        var parser = new HtmlModuleParser(source, sources, options);
        parser.Walk(document.Root);
        return parser._result;
    }

    // Depth first without recursion (a page may nest deeper than a thread's stack): enter an element,
    // its children (a template's contents), then leave it.
    private void Walk(HtmlNode root)
    {
        var open = new Stack<HtmlNode>();
        var current = root.FirstChild;
        while (true)
        {
            if (current is { } node)
            {
                switch (node.Kind)
                {
                    case HtmlNodeKind.Element:
                        Enter(node);
                        open.Push(node);
                        current = (node.Content ?? node).FirstChild;
                        continue;
                    case HtmlNodeKind.Comment:
                        Comment(node);
                        break;
                    case HtmlNodeKind.DocumentType:
                        if (_doctypeEnd < 0)
                            _doctypeEnd = node.End;
                        break;
                }
                current = node.NextSibling;
                continue;
            }
            if (open.Count == 0)
                return;
            var element = open.Pop();
            Exit(element);
            current = element.NextSibling;
        }
    }

    private void Exit(HtmlNode element)
    {
        if (element.Namespace == HtmlNamespace.Html)
        {
            if (element.Name == "template")
            {
                if (_templateDepth > 0)
                    _templateDepth--;
                if (_headTemplateDepth > 0)
                    _headTemplateDepth--;
            }
            else if (element.Name == "head")
            {
                _inHead = false;
            }
        }
        ClearPending();
    }

    private void ClearPending()
    {
        _pendingIgnore = null;
        _pendingInline = null;
    }

    // Only a real `<!-- … -->` comment (no bogus `<? … >` one) may be magic.
    private void Comment(HtmlNode comment)
    {
        int start = comment.Start, end = comment.End;
        if (_inHead && _headTemplateDepth == 0 && end > _headLastEnd)
            _headLastEnd = end;
        var text = comment.Text ?? "";
        if (end - start < 7 || !_source.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal) || !_source.AsSpan(0, end).EndsWith("-->", StringComparison.Ordinal))
        {
            ClearPending();
            return;
        }
        var options = MagicComments.ParseComment(text, out var error);
        if (error is not null)
        {
            _result.Problems.Add(new HtmlProblem(start, end, $"Compilation error while processing magic comment(-s): /*{text}*/: {error}", IsWarning: true));
            ClearPending();
            return;
        }
        if (options is null)
        {
            ClearPending();
            return;
        }
        options.TryGetValue("webpackIgnore", out var ignore);
        options.TryGetValue("webpackInline", out var inline);
        if (ignore is null && inline is null && !options.ContainsKey("webpackPrefetch") && !options.ContainsKey("webpackPreload") && !options.ContainsKey("webpackFetchPriority"))
        {
            ClearPending();
            return;
        }
        foreach (var (name, value) in (ReadOnlySpan<(string, MagicValue?)>)[("webpackIgnore", ignore), ("webpackInline", inline)])
        {
            if (value is not null && value.Boolean is null)
            {
                _result.Problems.Add(new HtmlProblem(start, end, $"`{name}` expected a boolean, but received: {value.String ?? value.ToString()}.", IsWarning: true));
                ClearPending();
                return;
            }
        }
        _pendingIgnore = ignore?.Boolean;
        _pendingInline = inline?.Boolean;
    }

    private void Enter(HtmlNode element)
    {
        var ignore = _pendingIgnore == true;
        var forceInline = _pendingInline == true;
        ClearPending();
        var name = element.Name;
        var html = element.Namespace == HtmlNamespace.Html;
        TrackHead(element, name, html);
        if (ignore)
            return;
        if (_documentBase is null && _templateDepth == 0 && html && name == "base" && Find(element, "href") is { } href)
            ResolveDocumentBase(href);
        var sources = _sources.For(name);
        var context = new HtmlSourceElement(element, _options.Css);
        foreach (var attribute in element.Attributes)
        {
            if (!sources.TryGetValue(attribute.Name, out var item) || item is null)
                continue;
            if (item.Namespace is { } ns && element.Namespace != ns)
                continue;
            // Clones of the adoption agency have no offsets: the original's value is rewritten once.
            if (attribute.ValueStart < 0)
                continue;
            var value = _source[attribute.ValueStart..attribute.ValueEnd];
            if (!HasNonWhitespace(value))
                continue;
            if (item.Filter is { } filter && !filter(context, value.Contains('&', StringComparison.Ordinal) ? HtmlCharacterReferences.Decode(value, attribute: true) : value))
                continue;
            Source(element, attribute, item.TypeOn(context), value, attribute.ValueStart, forceInline);
        }
        // The element's body: an inline script, a <style>.
        if (HtmlSources.ContentOf(name) is { } body && (body.Filter is null || body.Filter(context, "")))
        {
            var bodyStart = element.End;
            var bodyEnd = ContentEnd(element);
            if (bodyEnd > bodyStart && HasNonWhitespace(_source[bodyStart..bodyEnd]))
                Body(element, body.TypeOn(context), bodyStart, bodyEnd);
        }
    }

    // webpack's head anchors: where an implied or written <head> starts, and the end of its last child.
    private void TrackHead(HtmlNode element, string name, bool html)
    {
        var template = html && name == "template";
        if (template)
            _templateDepth++;
        if (_headTemplateDepth > 0)
        {
            if (template)
                _headTemplateDepth++;
        }
        else if (_inHead)
        {
            if (template)
                _headTemplateDepth++;
            var end = ElementEnd(element);
            if (end > _headLastEnd)
                _headLastEnd = end;
        }
        else if (!_headSeen && html)
        {
            if (name == "html")
            {
                _htmlTagEnd = element.End;
            }
            else if (name == "head")
            {
                _headSeen = true;
                _inHead = true;
                _headStart = element.End > 0 ? element.End : _htmlTagEnd > 0 ? _htmlTagEnd : _doctypeEnd > 0 ? _doctypeEnd : 0;
                _headLastEnd = _headStart;
            }
        }
    }

    // A <script> or <style> body: an inline script entry, inline CSS.
    private void Body(HtmlNode element, HtmlSourceType type, int start, int end)
    {
        if (type is HtmlSourceType.StylesheetStyle or HtmlSourceType.StylesheetStyleAttribute)
        {
            InlineStyle(_source[start..end], start, end, attribute: false, inAttribute: false);
            return;
        }
        if (type is not (HtmlSourceType.Script or HtmlSourceType.ScriptModule))
            return;
        var request = DataUrl("text/javascript", _source[start..end]);
        var entryName = NextEntryName();
        var nameEnd = NameEnd(element);
        _result.Presentational.Add(new HtmlInlineScript(entryName, nameEnd, start, end));
        ReconcileScriptType(element, nameEnd, type);
        _result.Entries.Add(new HtmlEntryRequest(type, request, entryName, Css: false));
    }

    private void Source(HtmlNode element, HtmlAttribute attribute, HtmlSourceType type, string value, int start, bool forceInline)
    {
        switch (type)
        {
            case HtmlSourceType.Src or HtmlSourceType.Srcset or HtmlSourceType.CssUrl or HtmlSourceType.MsapplicationTask
                or HtmlSourceType.Script or HtmlSourceType.ScriptModule or HtmlSourceType.Modulepreload or HtmlSourceType.Stylesheet
                or HtmlSourceType.Preload or HtmlSourceType.Prefetch:
                break;
            // An attribute's CSS is read decoded (written back escaped).
            case HtmlSourceType.StylesheetStyle or HtmlSourceType.StylesheetStyleAttribute:
                InlineStyle(value.Contains('&', StringComparison.Ordinal) ? HtmlCharacterReferences.Decode(value, attribute: true) : value,
                    start, start + value.Length, attribute: type == HtmlSourceType.StylesheetStyleAttribute, inAttribute: true);
                return;
            // An <iframe srcdoc> document, when it has markup that can name an asset (an attribute, url(), @import).
            case HtmlSourceType.Srcdoc:
                var document = value.Contains('&', StringComparison.Ordinal) ? HtmlCharacterReferences.Decode(value, attribute: true) : value;
                if (document.Contains('<', StringComparison.Ordinal) && (document.Contains('=', StringComparison.Ordinal)
                    || document.Contains("url(", StringComparison.OrdinalIgnoreCase) || document.Contains("@import", StringComparison.OrdinalIgnoreCase)))
                    _result.Dependencies.Add(new HtmlInlineHtmlDependency(DataUrl("text/html", document)) { Start = start, End = start + value.Length });
                return;
            // Linked pages are not built yet: their values stay as written.
            default:
                return;
        }
        var text = value;
        int[]? map = null;
        if (value.Contains('&', StringComparison.Ordinal))
        {
            text = HtmlCharacterReferences.Decode(value, attribute: true, out map);
            if (!HasNonWhitespace(text))
                return;
        }
        List<HtmlSrcsetCandidate> urls;
        switch (type)
        {
            case HtmlSourceType.Srcset:
                if (!HtmlSrcset.TryParse(text, out urls, out var srcsetError))
                {
                    BadValue(element, attribute, srcsetError!, start, start + value.Length);
                    return;
                }
                break;
            case HtmlSourceType.CssUrl:
                urls = CssUrls(text);
                break;
            case HtmlSourceType.MsapplicationTask:
                urls = HtmlUrlValues.TryParseMsapplicationTask(text, out var icon) ? [icon] : [];
                break;
            default:
                if (!HtmlUrlValues.TryParseSrc(text, out var url, out var srcError))
                {
                    BadValue(element, attribute, srcError!, start, start + value.Length);
                    return;
                }
                urls = [url];
                break;
        }
        foreach (var (url, urlStart, urlEnd) in urls)
        {
            // Fragment-only references (`url(#id)`, `#top`) name no file.
            if (url.Length == 0 || url[0] == '#')
                continue;
            var request = url;
            if (!string.IsNullOrEmpty(_documentBase) && url[0] != '/' && !HasScheme(url))
            {
                if (_baseIsExternal)
                    continue;
                request = _baseDir + url;
            }
            var s = start + (map is null ? urlStart : map[urlStart]);
            var e = start + (map is null ? urlEnd : map[urlEnd]);
            switch (type)
            {
                case HtmlSourceType.Preload or HtmlSourceType.Prefetch:
                    HintEntry(element, type, request, s, e);
                    break;
                case HtmlSourceType.Script or HtmlSourceType.ScriptModule or HtmlSourceType.Modulepreload or HtmlSourceType.Stylesheet:
                    Entry(element, type, request, s, e, forceInline);
                    break;
                default:
                    _result.Dependencies.Add(new HtmlSourceDependency(request) { Start = s, End = e });
                    break;
            }
        }
    }

    // Inline CSS, only where CSS is built in: a data: CSS module whose text replaces it.
    private void InlineStyle(string css, int start, int end, bool attribute, bool inAttribute)
    {
        if (!_options.Css || !HasNonWhitespace(css))
            return;
        _result.Dependencies.Add(new HtmlInlineStyleDependency(DataUrl("text/css", css), attribute, inAttribute) { Start = start, End = end });
    }

    // `<link rel=preload|prefetch as=script|style>`: an entry that does not run; only the URL changes
    // (a preload link also gets the chunk's crossorigin and integrity).
    private void HintEntry(HtmlNode element, HtmlSourceType type, string request, int start, int end)
    {
        var asStyle = element.Attribute("as") is { } @as && @as.Trim().Equals("style", StringComparison.OrdinalIgnoreCase);
        var entryName = NextEntryName();
        var native = element.Name == "link";
        _result.Presentational.Add(new HtmlEntryTag(entryName, type, asStyle, start, end, element.Start, element.End, native, "", NameEnd(element),
            HasOwnCrossOrigin: native && Find(element, "crossorigin") is not null,
            IntegrityRange: type == HtmlSourceType.Preload && native ? IntegrityRange(element) : null));
        _result.Entries.Add(new HtmlEntryRequest(type, request, entryName, asStyle));
    }

    // webpack's entry branch: a script, module script, modulepreload or stylesheet becomes an entry whose
    // chunk's URL replaces the value, with the facts its sibling tags are cloned from.
    private void Entry(HtmlNode element, HtmlSourceType type, string request, int start, int end, bool forceInline)
    {
        var entryName = NextEntryName();
        var moduleScript = type == HtmlSourceType.ScriptModule || (_options.OutputModule && type == HtmlSourceType.Script);
        var kind = type switch
        {
            HtmlSourceType.Modulepreload or HtmlSourceType.Stylesheet => type,
            _ => moduleScript ? HtmlSourceType.ScriptModule : HtmlSourceType.Script,
        };
        var nativeTag = kind is HtmlSourceType.Stylesheet or HtmlSourceType.Modulepreload ? "link" : "script";
        var native = element.Name == nativeTag;
        var copyable = new System.Text.StringBuilder();
        var hasOwnCrossOrigin = false;
        if (element.Start >= 0)
        {
            foreach (var name in s_copyableAttributes)
            {
                if (Find(element, name) is not { } attribute || attribute.NameStart < 0)
                    continue;
                copyable.Append(_source, attribute.NameStart - 1, AttributeEnd(attribute) - attribute.NameStart + 1);
                if (name == "crossorigin")
                    hasOwnCrossOrigin = true;
            }
        }
        // A classic script without defer or async blocks parsing (every script is a module under output.module).
        if (_firstBlockingScriptStart < 0 && type is HtmlSourceType.Script or HtmlSourceType.ScriptModule && !_options.OutputModule
            && (!native || (Find(element, "defer") is null && Find(element, "async") is null)))
            _firstBlockingScriptStart = element.Start;
        (int, int)? typeValue = null;
        if (element.Start >= 0 && native && kind == HtmlSourceType.ScriptModule && Find(element, "type") is { ValueStart: >= 0 } typeAttribute)
            typeValue = (typeAttribute.ValueStart - element.Start, typeAttribute.ValueEnd - element.Start);
        _result.Presentational.Add(new HtmlEntryTag(entryName, kind, type == HtmlSourceType.Stylesheet, start, end, element.Start, element.End, native,
            copyable.ToString(), NameEnd(element), hasOwnCrossOrigin, _firstBlockingScriptStart,
            element.Start >= 0 && native ? IntegrityRange(element) : null, typeValue, forceInline,
            _headSeen && _headStart > 0 ? _headStart : -1, _headSeen && _headLastEnd > 0 ? _headLastEnd : -1));
        if (element.Name == "script" && type is HtmlSourceType.Script or HtmlSourceType.ScriptModule)
            ReconcileScriptType(element, NameEnd(element), type);
        _result.Entries.Add(new HtmlEntryRequest(type, request, entryName, type == HtmlSourceType.Stylesheet));
    }

    // webpack's reconcileScriptTypeAttr: module output makes a classic script a module one; classic
    // output drops `type="module"` (the chunk is no module).
    private void ReconcileScriptType(HtmlNode element, int nameEnd, HtmlSourceType type)
    {
        var typeAttribute = Find(element, "type");
        if (_options.OutputModule && type == HtmlSourceType.Script)
        {
            if (typeAttribute is { ValueStart: >= 0 } given)
                _result.Presentational.Add(new HtmlTextEdit(given.ValueStart, given.ValueEnd, "module"));
            else
                _result.Presentational.Add(new HtmlTextEdit(nameEnd, nameEnd, " type=\"module\"", Insert: true));
        }
        else if (!_options.OutputModule && type == HtmlSourceType.ScriptModule && typeAttribute is { NameStart: >= 0 } attribute)
        {
            var start = attribute.NameStart > 0 && IsSpace(_source[attribute.NameStart - 1]) ? attribute.NameStart - 1 : attribute.NameStart;
            _result.Presentational.Add(new HtmlTextEdit(start, AttributeEnd(attribute), ""));
        }
    }

    // webpack's captureIntegrityRange: the `integrity` attribute with the spaces before it, relative to the tag.
    private (int, int)? IntegrityRange(HtmlNode element)
    {
        if (Find(element, "integrity") is not { NameStart: >= 0 } attribute)
            return null;
        var start = attribute.NameStart;
        while (start > 0 && IsSpace(_source[start - 1]))
            start--;
        return (start - element.Start, AttributeEnd(attribute) - element.Start);
    }

    // Past an attribute: its closing quote, the end of an unquoted value, or its name.
    private int AttributeEnd(HtmlAttribute attribute)
    {
        if (attribute.ValueStart < 0)
            return attribute.NameEnd;
        var quote = _source[attribute.ValueStart - 1];
        return quote is '"' or '\'' ? attribute.ValueEnd + 1 : attribute.ValueEnd;
    }

    private string NextEntryName() => _options.EntryNamePrefix + (_nextEntry++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string DataUrl(string mime, string text) => "data:" + mime + ";base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));

    // Past `<name` of a start tag.
    private static int NameEnd(HtmlNode element) => element.Start < 0 ? -1 : element.Start + 1 + element.Name.Length;

    // Where a raw text element's body ends: at its end tag, or the end of its text.
    private static int ContentEnd(HtmlNode element)
    {
        if (element.EndTagStart >= 0)
            return element.EndTagStart;
        var end = element.End;
        for (var child = element.FirstChild; child is { } node; child = node.NextSibling)
            end = Math.Max(end, node.End);
        return end;
    }

    // Past an element's end tag, or its start tag (or last child) when it has none.
    private static int ElementEnd(HtmlNode element)
    {
        if (element.EndTagEnd >= 0)
            return element.EndTagEnd;
        var end = element.End;
        for (var child = element.FirstChild; child is { } node; child = node.NextSibling)
            end = Math.Max(end, node.Kind == HtmlNodeKind.Element ? ElementEnd(node) : node.End);
        return end;
    }

    private void BadValue(HtmlNode element, HtmlAttribute attribute, string message, int start, int end) =>
        _result.Problems.Add(new HtmlProblem(start, end, $"Bad value for attribute \"{attribute.Name}\" on element \"{element.Name}\": {message}", IsWarning: false));
    // webpack's parseCssUrls: the url() tokens and url("…") functions of an SVG presentation value.
    private static List<HtmlSrcsetCandidate> CssUrls(string value)
    {
        var urls = new List<HtmlSrcsetCandidate>();
        var tokenizer = new Sharpack.Css.CssTokenizer(value);
        while (true)
        {
            var token = tokenizer.Next();
            if (token.Kind == Sharpack.Css.CssTokenKind.EndOfFile)
                return urls;
            if (token.Kind == Sharpack.Css.CssTokenKind.Url)
            {
                if (token.ValueEnd > token.ValueStart)
                    urls.Add(new HtmlSrcsetCandidate(value[token.ValueStart..token.ValueEnd], token.ValueStart, token.ValueEnd));
            }
            else if (token.Kind == Sharpack.Css.CssTokenKind.Function && value.AsSpan(token.Start, token.End - token.Start - 1).Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                var argument = tokenizer.Next();
                while (argument.Kind == Sharpack.Css.CssTokenKind.Whitespace)
                    argument = tokenizer.Next();
                if (argument.Kind != Sharpack.Css.CssTokenKind.String)
                    continue;
                var innerStart = argument.Start + 1;
                // Without its closing quote when the string runs to the end.
                var innerEnd = value[argument.End - 1] == value[argument.Start] && argument.End - argument.Start > 1 ? argument.End - 1 : argument.End;
                if (innerEnd > innerStart)
                    urls.Add(new HtmlSrcsetCandidate(value[innerStart..innerEnd], innerStart, innerEnd));
            }
        }
    }

    // webpack's resolveDocumentBase: a scheme or `/` base leaves later relative URLs to the browser;
    // a relative one is a folder to prefix, undone by one `../` per folder in the output.
    private void ResolveDocumentBase(HtmlAttribute href)
    {
        var raw = href.ValueStart < 0 ? "" : _source[href.ValueStart..href.ValueEnd];
        _documentBase = HtmlCharacterReferences.Decode(raw, attribute: true).Trim();
        if (_documentBase.Length == 0)
            return;
        if (HasScheme(_documentBase) || _documentBase[0] == '/')
        {
            _baseIsExternal = true;
            return;
        }
        var parts = _documentBase.Split('/');
        var folders = new List<string>();
        var up = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (folders.Count > 0)
                    folders.RemoveAt(folders.Count - 1);
                else
                    up++;
                continue;
            }
            // The last segment without a `/` after it is a file.
            if (i == parts.Length - 1)
                continue;
            folders.Add(part);
        }
        _baseDir = string.Concat(Enumerable.Repeat("../", up)) + (folders.Count > 0 ? string.Join('/', folders) + "/" : "");
        // A base above the page's folder cannot be undone (the folder's name is unknown).
        if (up == 0 && folders.Count > 0)
            _result.BaseUrlPrefix = string.Concat(Enumerable.Repeat("../", folders.Count));
    }

    private static HtmlAttribute? Find(HtmlNode element, string name)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name == name)
                return attribute;
        }
        return null;
    }

    // /^[a-zA-Z][a-zA-Z\d+\-.]*:/
    private static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
            return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
                return true;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
                return false;
        }
        return false;
    }

    // JavaScript's /\S/: anything but its white space (which U+FEFF is and U+0085 is not).
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static bool HasNonWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (!(c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
                || c is >= '\u2000' and <= '\u200A'))
                return true;
        }
        return false;
    }
}
