export default "child";
