"use strict";
exports.greet = function () { return this; };
