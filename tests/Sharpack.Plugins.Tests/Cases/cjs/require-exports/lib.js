exports.name = "lib";
module.exports.twice = (x) => x * 2;
this.viaThis = true;
