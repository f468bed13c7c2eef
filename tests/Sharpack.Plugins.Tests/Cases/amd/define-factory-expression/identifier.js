var factory = function () { return "identifier"; };
define(factory);
