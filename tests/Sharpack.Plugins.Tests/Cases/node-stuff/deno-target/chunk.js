export const lazy = "from a chunk";
