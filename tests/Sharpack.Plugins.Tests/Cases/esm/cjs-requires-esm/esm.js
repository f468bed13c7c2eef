export const value = 1;
export default "default";
