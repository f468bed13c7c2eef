define(function () { return "amd"; });
