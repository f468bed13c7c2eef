export default "polyfill";
