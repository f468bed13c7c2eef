exports.query = __resourceQuery;
