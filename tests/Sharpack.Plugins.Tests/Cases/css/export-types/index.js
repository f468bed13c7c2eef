import text from "./text.css";
import * as textModule from "./text.module.css";
import sheet from "./sheet.css" with { type: "css" };
import "./injected.css";

it("gives a text stylesheet's CSS as its default export, its @imports first", () => {
	const imported = text.indexOf(".imported");
	const own = text.indexOf(".text");
	expect(imported).toBeGreaterThanOrEqual(0);
	expect(own).toBeGreaterThan(imported);
	expect(text).toContain("@media print {");
	expect(text).not.toContain("@import");
});

it("gives a text CSS module its local names and its text", () => {
	expect(textModule.title).toBe("text.module__title");
	expect(textModule.default).toContain(".text\\.module__title");
});

it("gives a stylesheet imported with { type: \"css\" } as a CSSStyleSheet (or its text where there is none)", () => {
	if (typeof document === "undefined") {
		expect(sheet.cssText).toContain(".sheet");
	} else {
		expect(sheet).toBeInstanceOf(CSSStyleSheet);
		expect([...sheet.cssRules].map(rule => rule.selectorText)).toEqual([".sheet"]);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		const element = document.createElement("div");
		element.className = "sheet";
		document.body.appendChild(element);
		expect(getComputedStyle(element).getPropertyValue("word-spacing")).toBe("3px");
		element.remove();
	}
});

it("injects a style stylesheet in a <style> element", () => {
	if (typeof document === "undefined")
		return;
	const styles = [...document.querySelectorAll("style[data-webpack]")];
	expect(styles.some(style => style.textContent.includes(".injected"))).toBe(true);
	const element = document.createElement("div");
	element.className = "injected";
	document.body.appendChild(element);
	expect(getComputedStyle(element).getPropertyValue("text-indent")).toBe("5px");
	element.remove();
});
