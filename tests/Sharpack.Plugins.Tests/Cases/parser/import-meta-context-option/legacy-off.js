export default () => import.meta.webpackContext("./context", { regExp: /value/ });
