export default "hallo";
