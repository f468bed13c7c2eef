globalThis.sharedRuns = (globalThis.sharedRuns || 0) + 1;
// The same module in two runtimes: each runtime's copy sees its own runtime id.
export const runtime = __webpack_runtime_id__;
export const load = () => import("./lazy.js");
