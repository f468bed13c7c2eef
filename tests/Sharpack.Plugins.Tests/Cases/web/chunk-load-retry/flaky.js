export default "flaky loaded";
