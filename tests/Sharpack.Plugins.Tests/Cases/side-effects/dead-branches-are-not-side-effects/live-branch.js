export const unused = 1;
if ("yes") {
  globalThis.liveBranchRan = true;
}
