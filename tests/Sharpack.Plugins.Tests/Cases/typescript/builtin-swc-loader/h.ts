export const Fragment = "#fragment";
export function h(type: string | Function, props: Record<string, unknown> | null, ...children: unknown[]) {
  return typeof type === "function" ? type({ ...props, children }) : { type, props, children };
}
