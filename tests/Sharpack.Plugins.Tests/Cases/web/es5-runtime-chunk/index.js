import { value } from "./dependency.js";

// An ES5 target with a runtime chunk of its own: the entry chunk's startup function is written
// without arrows (it once failed to build), and the entry runs once the runtime is loaded.
it("runs the entry from a separate runtime chunk without arrow functions", () => {
	expect(value).toBe(42);
	expect(Array.isArray(self.webpackChunkEs5RuntimeChunk)).toBe(true);
});
