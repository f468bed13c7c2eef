require("./log").push("first");
require("./nested");
