export const hashFromModule = __webpack_hash__;
