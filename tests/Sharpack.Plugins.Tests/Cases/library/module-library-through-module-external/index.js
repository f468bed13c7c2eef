import hello, { answer } from "the-lib";

it("imports an ES module library through a module external", () => {
	expect(answer).toBe(42);
	expect(hello()).toBe("hello");
});
