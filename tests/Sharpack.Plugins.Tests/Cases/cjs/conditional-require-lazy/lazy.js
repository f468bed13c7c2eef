globalThis.__lazyRequired = true;
exports.value = "lazy";
