export const url = new URL("./asset.txt", import.meta.url);
