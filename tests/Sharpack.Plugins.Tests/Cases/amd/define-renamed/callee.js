("function" == typeof define && define.amd ? define : function (deps, factory) { return factory(); })(["./dep"], function (dep) {
  return { dep: dep };
});
