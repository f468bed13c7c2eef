export const loadFromA = () => import("./shared.js");
