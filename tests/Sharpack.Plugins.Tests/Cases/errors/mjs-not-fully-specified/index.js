import "./strict.mjs";
