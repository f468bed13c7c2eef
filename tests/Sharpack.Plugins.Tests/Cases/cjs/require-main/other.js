exports.isMain = require.main === module;
