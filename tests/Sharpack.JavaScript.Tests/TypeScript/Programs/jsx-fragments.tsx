// Fragments: short syntax `<></>`, `<React.Fragment>` with and without keys, nested and empty
// fragments, fragments as children of fragments, in lists, and returned from components.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

const show = (label: string, el: React.ReactElement) => console.log(label.padEnd(9), JSON.stringify(renderToStaticMarkup(el)));

show("short", <><b>a</b><i>b</i></>);
show("empty", <></>);
show("nested", <><><><span>deep</span></></>text</>);
show("long", <React.Fragment><b>long form</b></React.Fragment>);
show("keyed", <dl>{[["t1", "d1"], ["t2", "d2"]].map(([t, d]) => <React.Fragment key={t}><dt>{t}</dt><dd>{d}</dd></React.Fragment>)}</dl>);
show("text", <>just text</>);
show("mixed", <div>before<>inside</>after</div>);
show("spaces", <>
    <span>a</span>
    <span>b</span>
</>);

function Columns({ cells }: { cells: string[] }): React.ReactElement {
    return <>{cells.map((c) => <td key={c}>{c}</td>)}</>;
}
show("component", <table><tbody><tr><Columns cells={["x", "y", "z"]} /></tr></tbody></table>);

// Fragment element objects
const frag = <><i /></>;
console.log("fragment type", frag.type === React.Fragment, typeof frag.props, Object.keys(frag.props));
const keyed = <React.Fragment key="k"><i /></React.Fragment>;
console.log("keyed fragment", keyed.key, keyed.type === React.Fragment);

// A fragment in a ternary and a logical expression
const flag: boolean = [1].length > 0;
show("ternary", <div>{flag ? <><b>yes</b>!</> : <>no</>}</div>);
show("logical", <div>{flag && <>shown</>}{!flag && <>hidden</>}</div>);
