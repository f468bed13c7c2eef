export const d = "d";
export const e = "e";
export default "not re-exported";
