// javascript/esm: webpack does not touch __filename or __dirname here.
export const filename = typeof __filename === "undefined" ? undefined : __filename;
export const dirname = typeof __dirname === "undefined" ? undefined : __dirname;
