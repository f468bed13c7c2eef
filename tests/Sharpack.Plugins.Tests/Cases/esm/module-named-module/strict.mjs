export const strictId = __webpack_module__.id;
