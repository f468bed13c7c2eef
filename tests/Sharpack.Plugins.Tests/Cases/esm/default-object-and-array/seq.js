export default ("first", "last");
