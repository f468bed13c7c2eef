// An ES module: top-level `this` is undefined.
global.strictModuleThis = typeof this;
