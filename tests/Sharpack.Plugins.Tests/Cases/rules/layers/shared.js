import kindText from "./kind.txt";
export const layer = __webpack_layer__;
export const kind = kindText.trim();
export const marker = {};
export const fromContext = (name) => require("./ctx/" + name);
