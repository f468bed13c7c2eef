export const child = () => import(/* webpackPreload: true */ /* webpackChunkName: "child" */ "./child.js");
