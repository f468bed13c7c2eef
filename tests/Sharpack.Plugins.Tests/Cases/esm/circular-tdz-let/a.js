import { result } from "./b";
export let lateLet = 1;
export var lateVar = 2;
export { result };
