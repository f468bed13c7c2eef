let count = 1;
export default count;
export { count as live };
export function bump() { count++; }
count = 2;
