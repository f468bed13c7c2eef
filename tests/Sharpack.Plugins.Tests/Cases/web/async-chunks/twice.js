window.twiceExecutions = (window.twiceExecutions || 0) + 1; export default "twice";
