import { answer } from "./answer.wasm";
import { add } from "./add.wasm";

export const run = () => answer() + add(2, 3);
