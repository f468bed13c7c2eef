// Member-expression tags `<Foo.Bar>`: object properties, deep paths, TypeScript namespaces
// exporting components, lower-case member paths (still components, never intrinsic), and
// `this.X` tags inside class components.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

const UI = {
    Button: (p: { label: string }) => <button type="button">{p.label}</button>,
    Layout: {
        Row: (p: { children?: React.ReactNode }) => <div className="row">{p.children}</div>,
        Cell: (p: { children?: React.ReactNode; span?: number }) => <div className={`cell-${p.span ?? 1}`}>{p.children}</div>,
    },
};
const lower = {
    widget: () => <span>lower-case member is a component</span>,
    deep: { thing: () => <span>deep lower</span> },
};

namespace Icons {
    export const Star = () => <i className="star">*</i>;
    export function Heart(props: { filled?: boolean }) {
        return <i className={props.filled ? "heart filled" : "heart"}>{props.filled ? "<3" : "</3"}</i>;
    }
    export namespace Arrows {
        export const Left = () => <i>{"<-"}</i>;
        export const Both = () => <><Left /><Right /></>; // sibling exports referenced bare
        export const Right = () => <i>{"->"}</i>;
    }
}

class Panel extends React.Component<{ title: string }> {
    Header = (p: { text: string }) => <h3>{p.text}</h3>;
    static Footer = () => <footer>static footer</footer>;
    render() {
        return (
            <section>
                <this.Header text={this.props.title} />
                <Panel.Footer />
            </section>
        );
    }
}

const out = (label: string, el: React.ReactElement) => console.log(label.padEnd(10), renderToStaticMarkup(el));
out("object", <UI.Button label="Click" />);
out("deep", <UI.Layout.Row><UI.Layout.Cell span={2}>A</UI.Layout.Cell><UI.Layout.Cell>B</UI.Layout.Cell></UI.Layout.Row>);
out("lower", <div><lower.widget /><lower.deep.thing /></div>);
out("namespace", <p><Icons.Star /><Icons.Heart filled /><Icons.Heart /></p>);
out("nested ns", <p><Icons.Arrows.Left /><Icons.Arrows.Both /></p>);
out("this", <Panel title="Panel title" />);
console.log("types", (<UI.Button label="x" />).type === UI.Button, (<Icons.Star />).type === Icons.Star, typeof (<lower.widget />).type);
