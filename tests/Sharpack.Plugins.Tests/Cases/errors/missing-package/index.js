import thing from "no-such-package-sharpack";
