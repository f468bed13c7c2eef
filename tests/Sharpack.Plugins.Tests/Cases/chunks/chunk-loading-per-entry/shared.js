export default "shared";
