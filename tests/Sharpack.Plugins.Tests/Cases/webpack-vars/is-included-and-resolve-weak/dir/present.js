module.exports = module.id;
