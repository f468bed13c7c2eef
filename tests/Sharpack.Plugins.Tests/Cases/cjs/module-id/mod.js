exports.id = module.id;
