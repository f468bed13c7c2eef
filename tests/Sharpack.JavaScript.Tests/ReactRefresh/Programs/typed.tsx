// TypeScript components: the transform sees them after the types are gone.
import { useState, useCallback, type ReactNode } from "react";
import { useCustom } from "./hooks.mjs";

interface Props { label: string; children?: ReactNode }

export function App(): JSX.Element {
  const [items, setItems] = useState<string[]>(["a"]);
  const add = useCallback((item: string) => setItems((list) => [...list, item]), []);
  return <List label="items">{items.map((item) => <Row key={item} text={item} />)}</List>;
}

export const List = ({ label, children }: Props) => {
  const n = useCustom();
  return <ul aria-label={label} data-n={n}>{children}</ul>;
};

function Row({ text }: { text: string }) {
  const [open] = useState(false as boolean);
  return <li>{open ? "open" : text}</li>;
}

export default function (): null { return null; }
// @refresh reset
