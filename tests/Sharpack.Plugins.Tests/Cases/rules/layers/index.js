import { layer as sharedLayer, kind, fromContext } from "./shared.js";
import { layer as switchedLayer, inner } from "./switch-layer.js";
import external from "external-thing";

// Layers: the entry's layer reaches what it imports; a rule's layer switches it; issuerLayer
// conditions see the importer's layer; a module in two layers is two modules.
it("puts the entry's modules in its layer", () => {
	expect(__webpack_layer__).toBe("main-layer");
	expect(typeof __webpack_layer__).toBe("string");
	expect(sharedLayer).toBe("main-layer");
});

it("switches layers by rule, and the importer's layer picks rules", () => {
	expect(switchedLayer).toBe("other-layer");
	expect(inner.layer).toBe("other-layer");
	// The text file is asset/source from main-layer's modules and asset/inline from other-layer's.
	expect(kind).toBe("asset from some layer");
	expect(inner.kind.startsWith("data:text/plain;base64,")).toBe(true);
	expect(inner.sharedIsAnotherModule).toBe(true);
});

it("reads externals of the importer's layer", () => {
	expect(external).toBe("main external");
	expect(inner.external).toBe("other external");
});

it("puts a context and its elements in the issuer's layer, one context per layer", () => {
	expect(fromContext("x.js")).toBe("main-layer");
	expect(inner.contextLayer).toBe("other-layer");
});
