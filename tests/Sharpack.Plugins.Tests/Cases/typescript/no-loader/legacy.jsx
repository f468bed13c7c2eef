/** @jsx h */
// A .jsx file with its own factory (the classic runtime chosen by a pragma comment).
const h = (type, props, ...children) => ({ type, props: props ?? {}, children });
export const tree = <div id="root">{1 + 1}<br /></div>;
