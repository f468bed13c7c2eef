// Whitespace normalization where TypeScript's and Babel's JSX emit disagree, so this program's
// output differs between the two references (TypeScript's is the expected one):
//  - string attribute values spanning lines: TypeScript keeps the raw characters; Babel turns
//    each line break plus the whitespace after it into one space;
//  - tabs inside JSX text: TypeScript keeps them; Babel turns every tab into a space;
//  - non-ASCII whitespace (a literal U+00A0 no-break space, U+2003 em space) touching a line
//    break in JSX text: TypeScript trims it like a space; Babel keeps it.

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

function Show(props: { [name: string]: string }) {
    return <>{Object.entries(props).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ")}</>;
}
const show = (label: string, el: React.ReactElement) => console.log(label.padEnd(8), renderToStaticMarkup(el));

show("indent", <Show text="line one
    line two" />);
show("blank", <Show text="a

b" />);
show("edges", <Show text="
    starts and ends with a newline
" />);
show("spaces", <Show text="spaces before the line break (as entities)&#32;&#32;
next" />);
show("tabs", <Show text="tab	inside	and
	tab-indented" />);
show("single", <Show text='single
  quoted' other="same line" />);
show("entity", <Show text="&amp;
  &lt;" />);
show("class", <div className="a
    b c">classes</div>);

// Tabs inside JSX text (single line and multi line); the tab-only indentation is trimmed by both.
// Some lines below end with a tab or an em space on purpose.
const escape = (s: string) => JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
const text = (label: string, el: React.ReactElement<{ children: string }>) => console.log(label.padEnd(8), escape(el.props.children));
text("tab 1", <p>single	line	tabs</p>);
text("tab 2", <p>
		indented	with	tabs	
	second line
</p>);
// Literal U+00A0 and U+2003 characters at the start and end of lines (invisible below)
text("nbsp", <p>
     starts and ends with a literal no-break space 
    x em space inside and at the end 
</p>);
text("same", <p> same-line literal no-break spaces are kept by both </p>);
