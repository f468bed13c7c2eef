export default "esm default";
export const value = 1;
