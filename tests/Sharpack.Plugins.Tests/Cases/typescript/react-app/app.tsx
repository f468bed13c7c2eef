import { StrictMode } from "react";
import { Counter } from "./counter";
import { ThemeContext, Tone } from "./theme";

export const App = ({ names }: { names: readonly string[] }) => (
  <StrictMode>
    <ThemeContext.Provider value={{ tone: Tone.Loud, accent: "red" }}>
      {names.map((name, i) => <Counter key={name} label={name} start={i}>{i > 0 && <em>&hearts; {name}</em>}</Counter>)}
    </ThemeContext.Provider>
  </StrictMode>
);
