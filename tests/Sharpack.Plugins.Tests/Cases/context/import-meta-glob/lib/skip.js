export default 'skip';
