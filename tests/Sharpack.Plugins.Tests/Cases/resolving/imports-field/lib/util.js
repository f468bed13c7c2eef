export default "util";
