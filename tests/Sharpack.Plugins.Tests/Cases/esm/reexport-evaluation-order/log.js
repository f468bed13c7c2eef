export const order = [];
export function note(name) {
  order.push(name);
}
