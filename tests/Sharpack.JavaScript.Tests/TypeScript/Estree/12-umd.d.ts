export = React;
export as namespace React;
declare namespace React {
  type Key = string | number;
  interface Props<T> { ref?: T; children?: Node }
  function create<P extends {}>(type: string, props?: P | null, ...children: Node[]): Element;
  const version: string;
  namespace JSX { interface Element {} }
  export { Key as K };
}
declare module "react/jsx-runtime" {
  export { Fragment } from "react";
  export function jsx(type: any, props: any): any;
}
declare module "shorthand";
declare global {
  var __DEV__: boolean;
  interface Window { react: typeof React }
}
