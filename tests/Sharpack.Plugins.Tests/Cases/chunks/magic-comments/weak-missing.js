export default "weak missing";
