// An ES module: top-level `this` is undefined.
globalThis.strictModuleThis = typeof this;
