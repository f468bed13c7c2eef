define(function () { return "factory"; });
