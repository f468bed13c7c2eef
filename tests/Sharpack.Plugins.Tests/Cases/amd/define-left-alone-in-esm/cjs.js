define([], function () { return { amd: typeof define }; });
