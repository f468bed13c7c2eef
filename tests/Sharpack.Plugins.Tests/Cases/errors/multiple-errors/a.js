import "./missing-from-a";
