// Typed function components using hooks and context during server rendering: useState with
// explicit type arguments, useReducer with a discriminated-union action type, useMemo,
// useRef, useId, createContext<T> with a provider, memo/forwardRef wrappers, and
// children typed as React.ReactNode. Named imports from "react" sit next to the namespace one.

import * as React from "react";
import { createContext, useContext, useMemo, useReducer, useRef, useState, memo, forwardRef } from "react";
import { renderToStaticMarkup } from "react-dom/server";

interface Theme { fg: string; bg: string }
const ThemeContext = createContext<Theme>({ fg: "black", bg: "white" });
const LocaleContext = React.createContext<"en" | "fr" | null>(null);

function Themed({ children }: { children?: React.ReactNode }): React.ReactElement {
    const theme = useContext(ThemeContext);
    const locale = useContext(LocaleContext) ?? "none";
    return <div style={{ color: theme.fg, background: theme.bg }} lang={locale}>{children}</div>;
}

function Counter({ initial = 0 }: { initial?: number }) {
    const [count] = useState<number>(initial * 2);
    const [items] = useState<string[]>(() => ["lazy", "init"]);
    const total = useMemo((): number => count + items.length, [count, items]);
    const ref = useRef<HTMLSpanElement | null>(null);
    return <span data-has-ref={ref.current === null ? "no" : "yes"}>{count}/{items.join(",")}/{total}</span>;
}

type Action = { type: "add"; by: number } | { type: "reset" };
function reducer(state: { n: number }, action: Action): { n: number } {
    switch (action.type) {
        case "add": return { n: state.n + action.by };
        case "reset": return { n: 0 };
    }
}
function Reduced() {
    const [state] = useReducer(reducer, { n: 1 }, (s) => reducer(s, { type: "add", by: 41 }));
    return <output>{state.n}</output>;
}

function WithIds() {
    const id = React.useId();
    return <label htmlFor={id}>{typeof id}</label>;
}

const Memoized = memo(function Memo({ text }: { text: string }) {
    return <em>{text}</em>;
});
const Forwarded = forwardRef<HTMLInputElement, { name: string }>(function Input({ name }, ref) {
    return <input name={name} ref={ref} />;
});

const page = (
    <ThemeContext.Provider value={{ fg: "red", bg: "black" }}>
        <LocaleContext.Provider value="fr">
            <Themed>
                <Counter initial={3} />
                <Reduced />
            </Themed>
        </LocaleContext.Provider>
        <Themed><WithIds /></Themed>
    </ThemeContext.Provider>
);
console.log(renderToStaticMarkup(page));
console.log(renderToStaticMarkup(<Themed><Counter /></Themed>));
console.log(renderToStaticMarkup(<><Memoized text="memo" /><Forwarded name="fwd" /></>));
console.log("wrappers", typeof Memoized, typeof Forwarded, (Memoized as any).$$typeof === (<Memoized text="" />).type.$$typeof);
