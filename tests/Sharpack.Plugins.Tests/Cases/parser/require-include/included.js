global.includedRan = true;
module.exports = "included";
