export default "default named source";
