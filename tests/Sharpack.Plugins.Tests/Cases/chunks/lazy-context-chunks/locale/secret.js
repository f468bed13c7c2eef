export default "top secret";
