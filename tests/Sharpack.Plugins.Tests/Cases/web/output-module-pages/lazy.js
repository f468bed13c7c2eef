import { count } from "./shared.js";
count("lazy");
export default (page) => "lazy on " + page;
