export const used = new URL("./used.txt", import.meta.url);
export const unused = new URL("./unused.txt", import.meta.url);
// A string-literal key names the member as a dot does.
export const usedResolve = import.meta["resolve"]("./used2.txt");
export const unusedResolve = import.meta["resolve"]("./unused2.txt");
