// A strict ES module reads a JSON file's named exports only with parser.json.namedExports: true.
import { value } from "./data.json";
export const named = value;
