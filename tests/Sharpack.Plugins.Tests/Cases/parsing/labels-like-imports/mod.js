export const outer = "imported";
