define(function () { return "b"; });
