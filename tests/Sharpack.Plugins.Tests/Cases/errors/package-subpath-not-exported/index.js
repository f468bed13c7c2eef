import internal from "sealed/internal";
