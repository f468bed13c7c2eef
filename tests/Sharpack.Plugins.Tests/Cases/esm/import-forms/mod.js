export default "def";
export const named = "named";
