import { add, memory } from "./add.wasm";
import * as answer from "./answer.wasm";

export { add, memory, answer };
