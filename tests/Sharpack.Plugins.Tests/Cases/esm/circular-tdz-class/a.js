import { errorName } from "./b";
export class Thing {}
export { errorName };
