it("reads a UMD library from the global object, under its path name", () => {
	expect(typeof self.My.Lib).toBe("object");
	expect(self.My.Lib.answer).toBe(42);
	expect(self.My.Lib.default()).toBe("hello");
	expect(self.My.Lib.__esModule).toBe(true);
});
