export default function () { return "default"; }
const value = "named";
export { value as named };
