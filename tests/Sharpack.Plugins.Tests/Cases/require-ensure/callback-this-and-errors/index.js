it("passes an exception thrown in the callback to the error callback", (done) => {
  require.ensure([], function () {
    throw new Error("in callback");
  }, function (error) {
    expect(error.message).toBe("in callback");
    done();
  });
});
