// webpack 5.112's glob conditions: a rule's `glob` and `{ glob }` in a condition select
// resources by path on every OS; `!` patterns subtract; a relative pattern matches at any depth.
// A matched file is an asset/source module here: requiring it gives its text.
const text = (value) => 'module.exports = "' + value + '";\n';

it("selects resources by glob, with ! patterns subtracting", () => {
	expect(require("./files/a.js")).toBe(text("a"));
	expect(require("./files/vendor/v.js")).toBe(text("v"));
	expect(require("./files/vendor/skip.js")).toBe("skip");
	expect(require("./outside.js")).toBe("outside");
});

it("needs every condition of a rule, its glob included", () => {
	expect(require("./files/a.test.js")).toBe(text("a-test"));
	expect(require("./other.test.js")).toBe("other-test");
});
