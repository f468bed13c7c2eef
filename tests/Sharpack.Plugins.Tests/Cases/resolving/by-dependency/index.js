import fromImport from "./target";

// resolve.byDependency: options by dependency category over resolve's.
it("resolves imports and requires with their category's options", () => {
	expect(fromImport).toBe("esm target");
	expect(require("./target")).toBe("cjs target");
});
