const source = { x: 1, y: 2, nested: { value: "deep" } };
export const { x, y: renamed, nested: { value: deep } } = source;
export const [first, , third, ...rest] = ["a", "b", "c", "d", "e"];
