export * from "./data.json";

// module.parser.json.exportsDepth: Infinity makes every level an export, in development too.
it("knows the exports of every level", () => {
	expect(__webpack_exports_info__.a1.provideInfo).toBe(true);
	expect(__webpack_exports_info__.a1.a2.a3.a4.provideInfo).toBe(true);
	expect(__webpack_exports_info__.b1[0].b3[0].b5.provideInfo).toBe(true);
});
