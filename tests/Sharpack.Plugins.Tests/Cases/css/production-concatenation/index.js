import "./global.css";
import { title, body } from "./card.module.css";

it("imports a stylesheet for its styles only without requiring anything, inside a concatenated module too", () => {
	expect(typeof title).toBe("string");
	expect(body.split(" ")).toEqual([expect.any(String), title]);
	expect(title).not.toBe("");
});
