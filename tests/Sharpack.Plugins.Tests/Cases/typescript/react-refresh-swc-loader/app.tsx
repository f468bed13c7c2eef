const h = (type: string, props: object | null, ...children: unknown[]) => ({ type, props: { ...props, children: children.length === 1 ? children[0] : children } });
function useCounter(start: number) {
  const [count] = useState<number>(start);
  return count;
}
function useState<T>(value: T): [T, (v: T) => void] { return [value, () => {}]; }

export function Counter({ start }: { start: number }) {
  const count = useCounter(start);
  return <output>{count}</output>;
}

export const Label = (props: { text: string }) => <label>{props.text}</label>;
