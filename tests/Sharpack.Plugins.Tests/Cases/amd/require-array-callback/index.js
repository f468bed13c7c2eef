it("calls the AMD require callback asynchronously with dependencies", (done) => {
  let sync = true;
  require(["./a", "./b"], function (a, b) {
    expect(sync).toBe(false);
    expect(a + b).toBe("ab");
    done();
  });
  sync = false;
});

it("accepts an error callback", (done) => {
  require(["./a"], (a) => { expect(a).toBe("a"); done(); }, (error) => done(error));
});
