// JSX elements: intrinsic (lower-case, hyphenated custom elements) vs components (capitalized,
// `_`/`$`-prefixed identifiers), self-closing and nested elements, function and class
// components with typed props, components returning null/strings/numbers/arrays.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

const print = (label: string, node: React.ReactNode): void => console.log(label.padEnd(10), renderToStaticMarkup(<>{node}</>));

interface GreetingProps { name: string; excited?: boolean }
function Greeting({ name, excited = false }: GreetingProps): React.ReactElement {
    return <p className="greeting">Hello, {name}{excited ? "!" : "."}</p>;
}
const Arrow = (props: { n: number }) => <b>{props.n * 2}</b>;
class ClassComponent extends React.Component<React.PropsWithChildren<{ title: string }>> {
    render() {
        return <section><h1>{this.props.title}</h1>{this.props.children}</section>;
    }
}
const _private = () => <i>underscore component</i>;
const $dollar = () => <u>dollar component</u>;
const NullComponent = (): null => null;
const StringComponent = () => "just a string";
const NumberComponent = () => 42;
const ArrayComponent = () => [<li key="a">a</li>, <li key="b">b</li>];

print("intrinsic", <div><span>text</span><br /><img src="x.png" alt="" /></div>);
print("custom", <my-element some-attr="1"><inner-part>custom</inner-part></my-element>);
print("function", <Greeting name="Ada" />);
print("excited", <Greeting name="Bob" excited />);
print("arrow", <Arrow n={21} />);
print("class", <ClassComponent title="Title"><p>child</p></ClassComponent>);
print("prefixed", <><_private /><$dollar /></>);
print("null", <div><NullComponent /></div>);
print("string", <div><StringComponent /></div>);
print("number", <div><NumberComponent /></div>);
print("array", <ul><ArrayComponent /></ul>);

// Deep nesting, sibling elements, elements in variables, arrays and ternaries
const leaf = <em>leaf</em>;
const tree = (
    <div id="root">
        <header>
            <nav>{leaf}</nav>
        </header>
        <main>{[leaf, <strong key="s">strong</strong>]}</main>
        {Math.PI > 3 ? <footer>yes</footer> : <footer>no</footer>}
    </div>
);
print("tree", tree);

// Element values are plain objects
console.log("element type", typeof tree, typeof (tree as React.ReactElement).type, (tree as React.ReactElement<{ id: string }>).props.id);
console.log("component type", (<Greeting name="x" />).type === Greeting, (<Greeting name="x" />).props);

// Components defined inside functions and passed as values
function makeComponent(tag: string) {
    const Dynamic = (p: { children?: React.ReactNode }) => React.createElement(tag, null, p.children);
    return Dynamic;
}
const H2 = makeComponent("h2");
print("dynamic", <H2>dynamic tag</H2>);
const Tag = "article" as const;
print("string var", <Tag>article by variable</Tag>);
