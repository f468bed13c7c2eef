// TypeScript syntax inside .tsx files: generic arrows (`<T,>`, `<T extends ...>`, async),
// type arguments on JSX elements (`<List<number> />`), `as`/`satisfies`/`!` inside attributes
// and children, `this` in attributes of class components, enums and namespaces in JSX, and
// comparisons inside expression containers.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

const out = (label: string, el: React.ReactElement) => console.log(label.padEnd(9), renderToStaticMarkup(el));

// Generic arrow functions: the trailing comma or a constraint keeps them from being JSX
const identity = <T,>(x: T): T => x;
const constrained = <T extends { length: number }>(x: T) => x.length;
const twoParams = <K, V>(k: K, v: V): [K, V] => [k, v];
const constParam = <const T,>(x: T) => x;
const asyncGeneric = async <T,>(x: T): Promise<T[]> => [x];
console.log("generic arrows", identity("id"), constrained([1, 2, 3]), twoParams("k", 1), constParam(["c"]));
asyncGeneric(5).then((v) => console.log("async generic arrow", v));

// Generic components with explicit type arguments on the element
interface ListProps<T> { items: T[]; render: (item: T, index: number) => React.ReactNode }
function List<T>({ items, render }: ListProps<T>): React.ReactElement {
    return <ul>{items.map((item, i) => <li key={i}>{render(item, i)}</li>)}</ul>;
}
const Select = <T extends string | number,>({ options, value }: { options: T[]; value: T; children?: React.ReactNode }) => (
    <select defaultValue={String(value)}>{options.map((o) => <option key={o} value={o}>{o}</option>)}</select>
);
out("typed el", <List<number> items={[1, 2]} render={(n) => n * 10} />);
out("inferred", <List items={["a", "b"]} render={(s: string, i) => `${s}${i}`} />);
out("children", <Select<string> options={["x", "y"]} value="y"><i>ignored</i></Select>);

// as / satisfies / ! in attributes and children
const maybe: { name?: string | null } = { name: "maybe" };
const value: unknown = "unknown value";
out("assertions", <p title={maybe.name!} data-len={(value as string).length}>{(value as string).toUpperCase()}|{maybe!.name!.length}|{({ x: 1 } satisfies { x: number }).x}</p>);
out("as const", <p>{(["a", "b"] as const).join("+")}</p>);

// Comparisons and arrows in expression containers
const count = 7;
out("compare", <p>{count < 10 ? "small" : "big"}{count > 5 && <b>gt5</b>}{[3, 12].map((n): string => (n < count ? "<" : ">")).join("")}</p>);

// `this` in attributes and children of class components
class Counter extends React.Component<{ start: number; label?: string }> {
    step = 2;
    handle = (): number => this.props.start + this.step;
    get doubled(): number { return this.props.start * 2; }
    render(): React.ReactNode {
        return (
            <div title={this.props.label ?? "counter"} data-step={this.step} {...{ "data-doubled": this.doubled }}>
                {this.handle()} / {this.doubled}
                <Inner owner={this} />
            </div>
        );
    }
}
function Inner({ owner }: { owner: Counter }) {
    return <span>owner step {owner.step}</span>;
}
out("this", <Counter start={5} label="five" />);

// Enums and namespaces used in JSX
enum Size { Small = "s", Large = "l" }
namespace Theme {
    export const color = "teal";
    export const Badge = ({ size }: { size: Size }) => <span className={`badge-${size}`} style={{ color }}>{Size.Large === size ? "L" : "S"}</span>;
}
out("enum/ns", <div><Theme.Badge size={Size.Small} /><Theme.Badge size={Size.Large} /></div>);

// Arrow components with annotated return types and default generic parameters
const Pair = <A = string, B = number,>({ a, b }: { a: A; b: B }): React.JSX.Element => <>{String(a)}:{String(b)}</>;
out("defaults", <p><Pair a="x" b={1} /> <Pair<boolean, null> a={true} b={null} /></p>);
