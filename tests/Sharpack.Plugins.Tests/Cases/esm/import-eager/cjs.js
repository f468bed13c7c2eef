exports.value = "cjs";
