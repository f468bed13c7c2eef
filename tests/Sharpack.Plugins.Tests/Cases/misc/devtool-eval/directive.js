"use strict";
exports.strictThis = (function () { return this; })();
