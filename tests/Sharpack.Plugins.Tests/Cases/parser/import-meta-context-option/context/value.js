export default "value";
