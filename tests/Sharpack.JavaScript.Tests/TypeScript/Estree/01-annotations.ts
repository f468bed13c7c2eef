let a: number = 1, b!: string;
const c: { x: number } = { x: 1 };
function f(this: Window, x: number, y?: string, ...rest: number[]): void {}
const g = (x: number, { y }: { y: string } = { y: "" }): string => y;
function h<T extends object = {}, const U = 1>(t: T): T { return t; }
let v = <T,>(x: T) => x;
