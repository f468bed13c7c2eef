export const early = hoisted();
export default function hoisted() { return "hoisted"; }
