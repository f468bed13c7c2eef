import { h, Fragment } from "./h";
enum Tone { Low = "low", High = "high" }
const Item = ({ tone, children }: { tone: Tone; children?: unknown[] }) => <li class={tone}>{children}</li>;
export const app = <><Item tone={Tone.High}>a</Item>{null}</>;
export const typed = <T,>(value: T): T[] => [value];
