export default "esm target";
