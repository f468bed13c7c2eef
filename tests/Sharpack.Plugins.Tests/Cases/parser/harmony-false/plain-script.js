// harmony: false: not an ES module, so `this` is not rewritten to undefined.
globalThis.plainScriptThis = typeof this;
