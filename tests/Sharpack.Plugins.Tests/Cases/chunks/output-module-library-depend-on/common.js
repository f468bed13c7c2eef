export default "common";
