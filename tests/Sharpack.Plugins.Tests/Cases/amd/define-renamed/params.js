define(function (R, E, M) {
  M.exports = { dep: R("./dep"), same: E === M.exports };
});
