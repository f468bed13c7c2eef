define(["./dep"], (dep) => "arrow:" + dep);
