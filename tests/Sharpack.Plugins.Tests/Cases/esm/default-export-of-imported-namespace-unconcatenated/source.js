export const member = { name: "member" };
export const unused1 = { name: "unused1" };
export const unused2 = { name: "unused2" };
export const usedExportsOfSource = __webpack_exports_info__.usedExports;
