export default "unused";
