import { useContext, useReducer, type ReactNode } from "react";
import { ThemeContext, Tone, type Theme } from "./theme";

type Action = { type: "add"; by: number } | { type: "reset" };

function reduce(state: number, action: Action): number {
  switch (action.type) {
    case "add": return state + action.by;
    case "reset": return 0;
  }
}

// How much a click adds (modern syntax that react-app-swc-loader lowers to ES2017).
export class Steps {
  #by: number;
  constructor(by?: number) { this.#by = by ?? 1; }
  get by() { return this.#by; }
}

export interface CounterProps { label: string; start?: number; children?: ReactNode }

export function Counter({ label, start = 0, children }: CounterProps) {
  const [count, dispatch] = useReducer(reduce, start);
  const theme: Theme = useContext(ThemeContext);
  const step = new Steps(theme.tone === Tone.Loud ? 10 : undefined);
  return (
    <section className={`counter ${theme.tone}`} data-accent={theme?.accent}>
      <h2>{label}</h2>
      <output>{count}</output>
      <button id={`add-${label}`} onClick={() => dispatch({ type: "add", by: step.by })}>
        add
      </button>
      {children}
    </section>
  );
}
