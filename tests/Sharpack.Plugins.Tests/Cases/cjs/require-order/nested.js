require("./log").push("nested");
