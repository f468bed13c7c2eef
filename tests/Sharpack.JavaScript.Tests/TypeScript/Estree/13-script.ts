// No import, export, import.meta or `export =`: typescript-estree calls this a script, even with
// the two declarations below.
declare module "shorthand";
export as namespace Lib;
declare function f(x: number): void;
declare let v: string;
