export { default } from "./source";
export { default as renamedDefault } from "./source";
