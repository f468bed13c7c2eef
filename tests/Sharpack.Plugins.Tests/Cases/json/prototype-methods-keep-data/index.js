import fs from "fs";

const list = require("./list.json");
const object = require("./object.json");
const nested = require("./nested.json");

const part = (...pieces) => pieces.join("");

// A prototype method is no export of the JSON value: the value is used whole (webpack #21426).
it("keeps an array whose prototype methods are called", () => {
	expect(list.includes("gamma")).toBe(true);
	expect(list.indexOf("beta")).toBe(1);
	expect(list.join("+")).toBe("alpha+beta+gamma");
});

it("keeps an object whose prototype methods are called", () => {
	expect(object.hasOwnProperty("x")).toBe(true);
	expect(object.hasOwnProperty("y")).toBe(true);
});

it("keeps a nested array reached through a member and called on", () => {
	expect(nested.words.join("")).toBe("pq");
});

it("still drops the items nothing reads", () => {
	expect(nested.shaken[1]).toBe("kept-one");
	const text = fs.readFileSync(process.argv[process.argv.length - 1], "utf8");
	expect(text).not.toContain(part("UNUSED", "-zero"));
	expect(text).not.toContain(part("UNUSED", "-two"));
});
