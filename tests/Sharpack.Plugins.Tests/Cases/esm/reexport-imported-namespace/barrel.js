import * as ns from "./numbers";
import { one } from "./numbers";
export { ns, one };
