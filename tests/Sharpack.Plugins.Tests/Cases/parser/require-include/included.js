globalThis.includedRan = true;
module.exports = "included";
