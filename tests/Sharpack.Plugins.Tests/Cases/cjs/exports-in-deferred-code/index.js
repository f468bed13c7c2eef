const mod = require("./deferred");
// Read right after require returns: the deferred assignment has not run yet.
const before = mod.later;

it("sees exports assigned after the module returned", (done) => {
  expect(before).toBe(undefined);
  setTimeout(() => {
    expect(mod.later).toBe("later");
    done();
  }, 10);
});
