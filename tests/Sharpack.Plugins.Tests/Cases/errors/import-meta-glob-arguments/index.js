const none = import.meta.glob();
const notObject = import.meta.glob("./*.js", "eager");
export { none, notObject };
