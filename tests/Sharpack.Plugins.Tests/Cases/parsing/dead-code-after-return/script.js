exports.value = "early";
if (exports.value) {
  return;
}
exports.value = "late";
