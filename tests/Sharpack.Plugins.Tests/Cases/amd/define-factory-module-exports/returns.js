define(["exports"], function (exports) {
  exports.ignored = true;
  return "returned";
});
