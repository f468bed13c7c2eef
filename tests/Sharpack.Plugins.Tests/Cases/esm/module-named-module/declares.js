export const module = "layout";
export const layout = module;
export const ownId = __webpack_module__.id;
// An async module: its wrapper is handed the module object too.
export const awaited = await Promise.resolve(1);
