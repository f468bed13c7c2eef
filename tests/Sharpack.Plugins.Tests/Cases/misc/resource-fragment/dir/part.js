module.exports = __resourceFragment;
