"use strict";
exports.thisInFunction = (function () { return this; })();
