export default "chunk";
