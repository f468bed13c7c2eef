export const value = "module entry";
export default value;
