import fs from "fs";
import data from "./data.json";

const bundle = () => fs.readFileSync(process.argv[process.argv.length - 1], "utf8");
const part = (...pieces) => pieces.join("");

it("reads the used paths through their used names", () => {
	expect(data.config.title).toBe("kept-title");
	const { label } = data.config.list[1];
	expect(label).toBe("second-item");
	expect(data.config.list.length).toBe(3);
	expect(data.count).toBe(3);
});

it("leaves unused values out of the bundle", () => {
	const text = bundle();
	expect(text).not.toContain(part("dropped", "-secret"));
	expect(text).not.toContain(part("dropped", "-top-level"));
	expect(text).not.toContain(part("first", "-item"));
	expect(text).not.toContain(part("third", "-item"));
	expect(text).toContain(part("second", "-item"));
});

it("renames the properties only read through known paths", () => {
	const text = bundle();
	// Property names of three or more characters are renamed; their values stay.
	expect(text).not.toContain(part('"con', 'fig"'));
	expect(text).not.toContain(part('"tit', 'le"'));
	expect(text).not.toContain(part('"lab', 'el"'));
});
