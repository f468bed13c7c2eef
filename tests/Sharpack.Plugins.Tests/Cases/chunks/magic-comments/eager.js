export default "eager";
