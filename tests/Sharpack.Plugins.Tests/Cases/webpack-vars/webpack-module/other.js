exports.id = __webpack_module__.id;
