module.exports = function format(label, value) {
  return `${label}: ${value.toFixed(1)}`;
};
