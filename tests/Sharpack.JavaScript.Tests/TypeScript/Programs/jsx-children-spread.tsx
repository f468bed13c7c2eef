// JSX spread children `{...children}`: TypeScript compiles them (classic: spread into
// createElement's arguments; automatic: spread into the `children` array). Babel's React
// preset rejects spread children, so this program only has the TypeScript reference.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

const items: React.ReactNode[] = [<b key="1">one</b>, " and ", <i key="2">two</i>];
const words = ["alpha", "beta", "gamma"];

function List({ children }: { children?: React.ReactNode }) {
    return <ul>{React.Children.map(children, (child, i) => <li key={i}>{child}</li>)}</ul>;
}

console.log(renderToStaticMarkup(<p>{...items}</p>));
console.log(renderToStaticMarkup(<p>start {...items} end</p>));
console.log(renderToStaticMarkup(<List>{...words}</List>));
console.log(renderToStaticMarkup(<List>{...words.map((w) => w.toUpperCase())}{...[]}</List>));
console.log(renderToStaticMarkup(<div>{...[<span key="a">a</span>]}{"text"}{...["x", "y"]}</div>));
console.log(renderToStaticMarkup(<>{...words}</>));

// The element's children as React sees them. (A lone spread of one item is `"only"` under the
// classic runtime but `["only"]` under the automatic one, so it is printed normalized.)
const el = <div>{...words}</div>;
console.log("children prop", JSON.stringify(el.props.children), Array.isArray(el.props.children));
const single = <div>{...["only"]}</div>;
console.log("single spread child", JSON.stringify([single.props.children].flat()), React.Children.count(single.props.children));
