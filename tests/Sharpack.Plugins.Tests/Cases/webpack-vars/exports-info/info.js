export const used = __webpack_exports_info__.used.used;
export const provided = __webpack_exports_info__.provided.provideInfo;
