const lazyPages = import.meta.glob("./pages/*/index.js");
const eagerPages = import.meta.glob("./pages/*/index.js", { eager: true });
const titles = import.meta.glob("./pages/*/index.js", { eager: true, import: "title" });
const lazyTitles = import.meta.glob("./pages/*/index.js", { import: "title" });
const libs = import.meta.glob(["./lib/*.{js,mjs}", "!**/skip.js"], { eager: true, import: "default" });
const deep = import.meta.glob("./lib/**/*.js", { eager: true });
const deepExhaustive = import.meta.glob("./lib/**/*.js", { eager: true, exhaustive: true });
const named = import.meta.glob("./lib/node_modules/**/*.js", { eager: true });
const fromRoot = import.meta.glob("/other/*.js", { eager: true });
const rebased = import.meta.glob("./*.js", { base: "./other", eager: true, import: "default" });
const withQuery = import.meta.glob("./q/*.js", { query: { raw: true, n: 1 }, import: "default" });
const commonjs = import.meta.glob("./cjs/*.js", { eager: true });
const lazyCommonjs = import.meta.glob("./cjs/*.js");
const dotPages = import.meta.glob("./pages/.*/index.js", { eager: true, import: "default" });
const dotPagesExhaustive = import.meta.glob("./pages/.*/index.js", { eager: true, import: "default", exhaustive: true });
const namedDotPage = import.meta.glob("./pages/.hidden/*.js", { eager: true, import: "default" });
const upper = import.meta.glob("./pages/*/INDEX.JS", { eager: true, caseSensitive: false, import: "default" });
const upperStrict = import.meta.glob("./pages/*/INDEX.JS", { eager: true });

it("maps each match to a function importing it, keys in order", async () => {
	expect(Object.keys(lazyPages)).toEqual(["./pages/a/index.js", "./pages/b/index.js"]);
	const a = await lazyPages["./pages/a/index.js"]();
	expect(a.default).toBe("page a");
	expect(a.title).toBe("A");
});

it("maps each match to its namespace when eager", () => {
	expect(eagerPages["./pages/b/index.js"].default).toBe("page b");
	expect(titles).toEqual({ "./pages/a/index.js": "A", "./pages/b/index.js": "B" });
});

it("imports the named export lazily", async () => {
	await expect(lazyTitles["./pages/b/index.js"]()).resolves.toBe("B");
});

it("expands braces and leaves negated matches out", () => {
	expect(libs).toEqual({ "./lib/a.js": "lib a", "./lib/b.mjs": "lib b" });
});

it("enters node_modules by a wildcard only when exhaustive or named", () => {
	expect(Object.keys(deep)).toEqual(["./lib/a.js", "./lib/skip.js"]);
	expect(Object.keys(deepExhaustive)).toEqual(["./lib/a.js", "./lib/node_modules/dep/index.js", "./lib/skip.js"]);
	expect(Object.keys(named)).toEqual(["./lib/node_modules/dep/index.js"]);
});

it("reads a leading slash from the project root and rebases keys on base", () => {
	expect(Object.keys(fromRoot)).toEqual(["/other/side1.js", "/other/x.js"]);
	expect(fromRoot["/other/x.js"].default).toBe("other");
	expect(global.__globOrder).toEqual(["one"]);
	expect(rebased).toEqual({ "./side1.js": undefined, "./x.js": "other" });
});

it("adds the query to each request but not to the keys", async () => {
	expect(Object.keys(withQuery)).toEqual(["./q/value.js"]);
	await expect(withQuery["./q/value.js"]()).resolves.toBe("?raw=true&n=1");
});

it("gives CommonJS matches a namespace with module.exports as default", async () => {
	expect(Object.keys(commonjs)).toEqual(["./cjs/esm.js", "./cjs/value.js"]);
	expect(commonjs["./cjs/esm.js"].default).toBe("esm");
	expect(commonjs["./cjs/value.js"].default.answer).toBe(42);
	expect((await lazyCommonjs["./cjs/value.js"]()).default.answer).toBe(42);
});

it("enters dot folders when the base names them or the glob is exhaustive", () => {
	expect(dotPages).toEqual({});
	expect(dotPagesExhaustive).toEqual({ "./pages/.hidden/index.js": "hidden" });
	expect(namedDotPage).toEqual({ "./pages/.hidden/index.js": "hidden" });
});

it("matches case-insensitively on request", () => {
	expect(upper).toEqual({ "./pages/a/index.js": "page a", "./pages/b/index.js": "page b" });
	expect(Object.keys(upperStrict)).toEqual([]);
});
