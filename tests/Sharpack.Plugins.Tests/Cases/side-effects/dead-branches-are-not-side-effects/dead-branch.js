export const unused = /*#__PURE__*/ Object.freeze({});
if ("") {
  globalThis.deadBranchRan = true;
}
if (1 > 2) {
  globalThis.deadBranchRan = true;
} else {
  const noop = 0;
}
