define("first", function () { return "first"; });
define("second", ["first"], function (first) { return "second:" + first; });
define(["first", "second"], function (first, second) { return first + "," + second; });
