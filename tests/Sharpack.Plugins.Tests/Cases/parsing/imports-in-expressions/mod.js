export class Base { constructor() { this.base = true; } }
export function tag(strings, ...values) { return strings.join(",") + "|" + values.join(","); }
export const key = "k";
export function fn() { return "fn"; }
export const flag = true;
