// JSX attributes: string attributes with both quote kinds, backslashes (no escape processing in
// JSX strings), entities in attribute strings, boolean shorthand,
// expression and template values, props spread (ordering/overrides), `key` before and after a
// spread, `data-*`/`aria-*` names, and style objects.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

function Props(props: Record<string, unknown>): React.ReactElement {
    const { children, ...rest } = props;
    return <pre>{JSON.stringify(rest)}</pre>;
}
const html = (label: string, el: React.ReactElement) => console.log(label.padEnd(10), renderToStaticMarkup(el));

html("quotes", <Props double="it's" single='say "hi"' empty="" />);
html("backslash", <Props path="C:\new\table" unicode="\u00e9" tab="a\tb" />);
html("entities", <Props amp="a &amp; b" lt="&lt;tag&gt;" quot="&quot;q&quot;" num="&#65;&#x42;" nbsp="x&nbsp;y" bad="&unknown; &" />);
html("boolean", <Props flag disabled={false} on={true} />);
html("exprs", <Props n={1 + 2} s={"str"} t={`tpl ${1}`} arr={[1, "2"]} obj={{ a: { b: null } }} nul={null} und={undefined} />);
html("data/aria", <div data-test-id="t1" aria-label="label" aria-hidden data-x={5}>attrs</div>);
html("style", <div style={{ color: "red", marginTop: 4, fontSize: "12px", WebkitTransition: "none" }}>styled</div>);
html("class/for", <label className="lbl" htmlFor="in">label</label>);
html("intrinsic", <input type="checkbox" defaultChecked readOnly value="v" tabIndex={-1} />);

// Spread ordering: later props win
const base = { a: 1, b: 2, c: 3 };
html("spread", <Props {...base} />);
html("override", <Props a="before" {...base} b="after" />);
html("two", <Props {...base} {...{ c: "second spread", d: 4 }} />);
html("inline", <Props {...{ inline: true }} x={1} />);
html("conditional", <Props {...(base.a > 0 ? { positive: true } : {})} {...(null as any)} />);

// key before/after spread (the automatic runtime must fall back to createElement for the latter)
const list = [{ id: "x", v: 1 }, { id: "y", v: 2 }];
html("key first", <ul>{list.map((item) => <li key={item.id} {...item}>{item.v}</li>)}</ul>);
html("key after", <ul>{list.map((item) => <li {...item} key={item.id}>{item.v}</li>)}</ul>);
const keyed = <i {...{ title: "t" }} key="after-spread" />;
const keyed2 = <i key="before-spread" {...{ title: "t" }} />;
console.log("keys", keyed.key, keyed2.key, JSON.stringify(keyed.props), JSON.stringify(keyed2.props));

// Attribute names that are JS keywords or contain dashes/colons-free odd names
html("keywords", <Props class="c" for="f" default="d" new="n" if={1} />);
html("dashes", <Props some-attr="1" other-attr-2={2} />);
