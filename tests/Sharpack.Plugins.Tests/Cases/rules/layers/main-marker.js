export { marker } from "./shared.js";
