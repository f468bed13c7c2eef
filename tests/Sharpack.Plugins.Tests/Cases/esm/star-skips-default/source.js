export default "source default";
export const named = "named";
