import { helper } from "./helper.js"; export default "inner sees " + helper;
