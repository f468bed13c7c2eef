module.exports = function () {
  var holder = { define };
  return holder.define;
};
