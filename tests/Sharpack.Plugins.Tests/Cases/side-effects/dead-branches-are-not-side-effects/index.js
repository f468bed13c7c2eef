// With optimization.sideEffects true, a module's side effects are its top-level statements the
// parser walks: a branch of an `if` whose condition evaluates to a constant is not walked, so a
// call in it does not make the module side-effectful (webpack's statement hook never sees it),
// while a call in the live branch does.
import "./dead-branch";
import "./live-branch";

it("drops an unused import of a module whose only call is in a dead branch", () => {
  expect(require.resolveWeak("./dead-branch")).toBe(null);
});

it("keeps a module whose call is in the live branch", () => {
  expect(require.resolveWeak("./live-branch")).not.toBe(null);
  expect(globalThis.liveBranchRan).toBe(true);
  delete globalThis.liveBranchRan;
});
