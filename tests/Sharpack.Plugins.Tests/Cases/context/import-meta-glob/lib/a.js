export default 'lib a';
