export default "esm default";
export const value = "esm value";
