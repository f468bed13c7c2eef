export default "def";
export function fn() {}
export const obj = {};
