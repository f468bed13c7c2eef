export { default as fromDeep } from "walk-up";
