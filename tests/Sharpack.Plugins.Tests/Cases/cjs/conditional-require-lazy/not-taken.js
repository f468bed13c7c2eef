globalThis.__notTakenRequired = true;
module.exports = "not taken";
