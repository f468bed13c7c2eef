export default 'lib b';
