import "./does-not-exist";
