// A tiny JSX factory: elements as plain objects.
export const h = (type, props, ...children) => ({ type, props: props ?? {}, children });
