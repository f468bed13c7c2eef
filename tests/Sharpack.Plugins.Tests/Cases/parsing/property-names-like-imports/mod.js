export const name = "imported name";
export function method() { return "imported method"; }
