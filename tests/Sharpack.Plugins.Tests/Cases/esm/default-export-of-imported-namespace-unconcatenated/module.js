import * as ns from "./source";

export default ns;
