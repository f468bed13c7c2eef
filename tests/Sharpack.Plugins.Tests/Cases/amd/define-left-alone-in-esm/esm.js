import "./dep.js";

export const typeofDefine = typeof define;
export const callDefine = () => define(() => 1);
export default 1234;
