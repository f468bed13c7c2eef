import "./global.css";
import * as card from "./card.module.css";

const style = (element, property) => getComputedStyle(element).getPropertyValue(property);

it("applies the initial chunk's stylesheet: imports first, then the importer", () => {
	expect(style(document.body, "margin-top")).toBe("3px");
	expect(style(document.body, "padding-top")).toBe("7px");
});

it("wraps an @import in its media and layer", () => {
	// screen applies; print does not.
	expect(style(document.body, "border-top-style")).toBe("dotted");
	// An unlayered rule wins over a layered one whatever the order.
	expect(style(document.body, "color")).toBe("rgb(0, 0, 255)");
});

it("names local classes so that the element gets the module's styles", () => {
	const element = document.createElement("div");
	element.className = card.card;
	document.body.appendChild(element);
	expect(style(element, "font-style")).toBe("italic");
	expect(style(element, "text-decoration-line")).toBe("underline");
	element.remove();
});

it("points url() at the emitted asset", () => {
	// The browser loads it for the body's background; the runner fails a case on any 404.
	const image = style(document.body, "background-image");
	expect(image).toMatch(/^url\("http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]+\.png"\)$/);
});

it("loads an async chunk's stylesheet with a link before the chunk's code runs", async () => {
	const element = document.createElement("p");
	element.className = "late";
	document.body.appendChild(element);
	expect(style(element, "letter-spacing")).toBe("normal");
	const late = await import("./late.css");
	expect(Object.keys(late)).toEqual([]);
	expect(style(element, "letter-spacing")).toBe("2px");
	const links = [...document.querySelectorAll("link[rel=stylesheet]")].map(link => link.getAttribute("href"));
	expect(links.filter(href => href.endsWith("/late_css.bundle.css"))).toHaveLength(1);
	element.remove();
});
