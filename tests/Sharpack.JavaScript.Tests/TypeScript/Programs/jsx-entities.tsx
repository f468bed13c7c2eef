// HTML entities in JSX text and attributes: named (&nbsp; &amp; &lt; &gt; &quot; &apos;
// &copy; &hellip; &euro; &mdash;), decimal (&#123;) and hex (&#x7B;) references, astral code
// points, unknown or malformed entities kept literally, and entity-looking text in expressions
// (not decoded).

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

function Text({ children }: { children?: React.ReactNode }) {
    // Print the JS string React received, code point by code point for the non-ASCII ones.
    const texts = React.Children.toArray(children).map((c) => String(c));
    const codePoints = (t: string) => [...t].filter((ch) => ch.charCodeAt(0) > 126).map((ch) => " U+" + ch.codePointAt(0)!.toString(16).toUpperCase());
    return <>{texts.map((t) => JSON.stringify(t) + codePoints(t).join("")).join(" | ")}</>;
}
const t = (label: string, el: React.ReactElement) => console.log(label.padEnd(8), renderToStaticMarkup(el));

t("nbsp", <Text>a&nbsp;b&nbsp;&nbsp;c</Text>);
t("amp", <Text>Tom &amp; Jerry &amp;amp;</Text>);
t("lt/gt", <Text>&lt;div&gt; &lt;/div&gt;</Text>);
t("quotes", <Text>&quot;double&quot; &apos;single&apos;</Text>);
t("braces", <Text>&#123;decimal&#125; &#x7B;hex&#x7D; &#X7b;upper-X&#x7d;</Text>);
t("named", <Text>&copy; &reg; &trade; &hellip; &euro; &mdash; &ndash; &laquo;&raquo; &times; &divide;</Text>);
t("greek", <Text>&alpha;&beta;&Gamma;&Omega; &pi;</Text>);
t("astral", <Text>&#128512; &#x1F600;</Text>);
t("unknown", <Text>&unknownentity; &amp &#xZZ; & alone &;</Text>);
t("leading", <Text>&nbsp;leading and trailing&nbsp;</Text>);
t("expr", <Text>{"&amp; in an expression is literal"}</Text>);
t("zero", <Text>&#0;x&#65;</Text>);
t("html", <p title="&quot;quoted&quot; &amp; &#x41;">&lt;b&gt;escaped&lt;/b&gt; &amp; <b>real</b></p>);
t("attr", <Text>{<i data-v="&nbsp;&copy;&#123;" /> && JSON.stringify((<i data-v="&nbsp;&copy;&#123;" />).props["data-v"])}</Text>);
