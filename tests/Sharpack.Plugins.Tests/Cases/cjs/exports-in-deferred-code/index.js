const mod = require("./deferred");

it("sees exports assigned after the module returned", (done) => {
  expect(mod.later).toBe(undefined);
  setTimeout(() => {
    expect(mod.later).toBe("later");
    done();
  }, 0);
});
