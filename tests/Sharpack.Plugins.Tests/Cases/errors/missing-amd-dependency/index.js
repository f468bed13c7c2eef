define(["./amd-missing"], function (missing) { return missing; });
