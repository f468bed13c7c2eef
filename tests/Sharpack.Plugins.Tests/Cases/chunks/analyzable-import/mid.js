export const deeper = () => import(/* webpackChunkName: "lazy" */ "./lazy.js").then((m) => m.value);
