import { useContext, useReducer, type ReactNode } from "react";
import { ThemeContext, Tone, type Theme } from "./theme";

type Action = { type: "add"; by: number } | { type: "reset" };

function reduce(state: number, action: Action): number {
  switch (action.type) {
    case "add": return state + action.by;
    case "reset": return 0;
  }
}

export interface CounterProps { label: string; start?: number; children?: ReactNode }

export function Counter({ label, start = 0, children }: CounterProps) {
  const [count, dispatch] = useReducer(reduce, start);
  const theme: Theme = useContext(ThemeContext);
  return (
    <section className={`counter ${theme.tone}`} data-accent={theme.accent}>
      <h2>{label}</h2>
      <output>{count}</output>
      <button id={`add-${label}`} onClick={() => dispatch({ type: "add", by: theme.tone === Tone.Loud ? 10 : 1 })}>
        add
      </button>
      {children}
    </section>
  );
}
