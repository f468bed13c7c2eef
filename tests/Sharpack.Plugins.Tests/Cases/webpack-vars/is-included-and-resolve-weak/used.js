export default "used";
