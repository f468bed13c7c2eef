// Whitespace in JSX text: same-line spaces are kept, lines are trimmed and joined with one
// space, whitespace-only lines with a line break vanish, `{" "}` forces a space, comments
// `{/* */}` are empty expressions, tab indentation is trimmed, and &nbsp; is never trimmed.
// (Tabs inside text and literal non-ASCII spaces are in jsx-whitespace-ts-vs-babel.tsx.)

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

const w = (label: string, el: React.ReactElement) => console.log(label.padEnd(12), JSON.stringify(renderToStaticMarkup(el)));
const a = "A", b = "B";

w("same line", <p>  leading and trailing  </p>);
w("multi", <p>
    first line
    second line
        indented third
</p>);
w("exprs lines", <p>
    {a}
    {b}
</p>);
w("exprs space", <p>{a} {b}</p>);
w("exprs text", <p>
    text {a}
    more {b} end
</p>);
w("explicit", <p>
    {a}{" "}
    {b}
</p>);
w("elements", <div>
    <span>one</span>
    <span>two</span> <span>three</span>
    <span>four</span>text
</div>);
w("blank lines", <p>
    para one


    para two
</p>);
w("comments", <p>
    {/* a comment */}
    before{/* inline */}after
    {
        // line comment
    }
</p>);
// The two lines below are indented with tabs, and the first one ends with a tab, on purpose.
w("tab indent", <p>
		tab-indented line	
		{a}
</p>);
w("nbsp", <p>
    &nbsp;kept&nbsp;
</p>);
w("trailing", <p>text ends here
</p>);
w("leading", <p>
text starts here</p>);
w("only spaces", <p>   </p>);
w("only newline", <p>
</p>);
w("fragment", <>
    frag {a}
    <i>x</i>
</>);
w("attr space", <p title=" spaced  title ">  {a}  </p>);

// The children array React receives
const el = <div>
    one {a}
    two
</div>;
console.log("children", JSON.stringify(el.props.children));
