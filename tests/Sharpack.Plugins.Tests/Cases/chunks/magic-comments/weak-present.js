export default "weak present";
