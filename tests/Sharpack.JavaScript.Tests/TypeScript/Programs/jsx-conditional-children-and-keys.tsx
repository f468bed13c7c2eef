// Conditional and computed children: `&&`, `||`, `??`, ternaries, null/undefined/booleans
// (render nothing), 0 and "" (render), nested arrays, `.map` with keys, keys on components,
// and element keys observed on the element objects.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

const r = (label: string, el: React.ReactElement) => console.log(label.padEnd(11), renderToStaticMarkup(el));
const yes = true as boolean, no = false as boolean, zero = 0, empty = "", nothing: string | null = null;

r("and", <div>{yes && <b>yes</b>}{no && <b>no</b>}</div>);
r("zero and", <div>{zero && <b>zero</b>}|{empty && <b>empty</b>}</div>);
r("or/nullish", <div>{nothing || "fallback"}{nothing ?? "nullish"}{zero ?? "not used"}</div>);
r("ternary", <div>{yes ? <span>a</span> : <span>b</span>}{no ? "c" : null}</div>);
r("skipped", <div>{null}{undefined}{true}{false}</div>);
r("numbers", <div>{1}{2.5}{-0}{NaN}{1e21}</div>);
r("nested", <div>{[1, [2, [3, <i key="i">4</i>]]]}</div>);
r("strings", <div>{"a"}{"b"}c{"d"}</div>);

interface Item { id: number; label: string; done?: boolean }
const items: Item[] = [{ id: 3, label: "three", done: true }, { id: 1, label: "one" }, { id: 2, label: "two", done: false }];
function Row({ item }: { item: Item }) {
    return <li className={item.done ? "done" : undefined}>{item.label}{item.done && " ✓"}</li>;
}
r("map", <ul>{items.map((item) => <Row key={item.id} item={item} />)}</ul>);
r("sorted", <ol>{[...items].sort((a, b) => a.id - b.id).map(({ id, label }) => <li key={`k-${id}`}>{label}</li>)}</ol>);
r("filter", <ul>{items.filter((i) => !i.done).map((i, index) => <li key={i.id} data-index={index}>{i.label}</li>)}</ul>);

// keys are not props
const keyed = items.map((item) => <Row key={item.id} item={item} />);
console.log("keys", keyed.map((e) => e.key), keyed.map((e) => Object.keys(e.props)));
const stringKey = <div key={"literal"} />;
const numberKey = <div key={42} />;
const noKey = <div />;
console.log("key types", stringKey.key, numberKey.key, typeof numberKey.key, noKey.key);

// Immediately-invoked functions and switch-like lookups as children
const status = "warn" as "ok" | "warn" | "error";
r("iife", <p>{(() => { switch (status) { case "ok": return "fine"; case "warn": return <em>careful</em>; default: return null; } })()}</p>);
const icons: Record<string, React.ReactNode> = { ok: "✔", warn: <strong>!</strong> };
r("lookup", <p>{icons[status] ?? "?"}</p>);
