define("answer", function () { return 42; });
define(["answer"], function (answer) { return "local:" + answer; });
