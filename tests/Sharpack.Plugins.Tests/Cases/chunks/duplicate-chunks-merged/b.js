export const loadFromB = () => import("./shared.js");
