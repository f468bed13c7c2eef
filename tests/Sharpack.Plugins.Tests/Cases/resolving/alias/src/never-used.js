export default "never";
