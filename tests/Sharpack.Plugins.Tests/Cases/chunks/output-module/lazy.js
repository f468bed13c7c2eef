import { shared } from "./shared.js"; export default "lazy " + shared;
