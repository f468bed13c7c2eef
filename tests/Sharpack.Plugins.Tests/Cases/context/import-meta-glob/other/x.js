export default 'other';
