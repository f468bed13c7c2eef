require("./nested");
require("./log").push("second");
