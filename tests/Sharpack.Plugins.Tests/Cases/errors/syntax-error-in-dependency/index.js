import "./lib/broken";
