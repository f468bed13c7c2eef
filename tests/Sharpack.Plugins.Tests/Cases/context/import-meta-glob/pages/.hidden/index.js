export default 'hidden';
