import * as button from "./button.module.css";
import * as plain from "./plain.css";
import { primary, brandColor } from "./values.module.css";

it("exports the local names of a CSS module, composed names included", () => {
	expect(button.button).toBe("button.module__button button.module__base shared.module__shared external-class");
	expect(button.base).toBe("button.module__base");
	expect(button.title).toBe("button.module__title");
	expect(button.main).toBe("button.module__main");
	expect(button.spin).toBe("button.module__spin");
	expect(button.theme).toBe("--button.module__theme");
});

it("keeps :global names global and names inside :local local", () => {
	expect(button.external).toBeUndefined();
	expect(button.inner).toBe("button.module__inner");
});

it("applies exportsConvention camel-case beside the name as written", () => {
	expect(button["big-title"]).toBe("button.module__big-title");
	expect(button.bigTitle).toBe("button.module__big-title");
});

it("exports :export values and @value definitions", () => {
	expect(button.primary).toBe("#f00");
	expect(primary).toBe("blue");
	expect(brandColor).toBe("#123456");
});

it("gives a plain stylesheet no exports", () => {
	expect(Object.keys(plain)).toEqual([]);
});
