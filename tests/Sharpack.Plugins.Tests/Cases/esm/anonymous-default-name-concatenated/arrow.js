export default () => 3
