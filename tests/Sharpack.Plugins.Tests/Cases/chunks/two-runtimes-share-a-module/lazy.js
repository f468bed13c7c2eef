export const where = __webpack_runtime_id__;
