define(["require", "exports", "module"], function (require, exports, module) {
  module.exports = { assigned: true };
});
