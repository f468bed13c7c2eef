function factory(dep) { return "array:" + dep; }
define(["./dep"], factory);
