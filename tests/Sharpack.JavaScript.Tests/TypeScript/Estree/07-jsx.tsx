const a = <div<string> x={1 as number} />;
const b = <T,>(x: T) => <span>{x!}</span>;
